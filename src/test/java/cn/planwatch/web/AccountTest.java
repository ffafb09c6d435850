package cn.planwatch.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.planwatch.access.NewAccount;
import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;

@PlanWatchTest
class AccountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	private RequestPostProcessor as(String username) {
		return SignedIn.as(users, username);
	}

	private String newViewer(String username) {
		users.create(new NewAccount(username, "测试查看者", Role.VIEWER, "990121", null), "first-pass", false);
		return username;
	}

	@Test
	void theAccountPageShowsRoleAndScope() throws Exception {
		mvc.perform(get("/account").with(as("donglin-chengguan-reporter-health")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("部门填报员")))
			.andExpect(content().string(containsString("城关镇")))
			.andExpect(content().string(containsString("城关镇卫生院")));
	}

	@Test
	void aUserChangesTheirPasswordAndSignsInWithTheNewOne() throws Exception {
		String username = newViewer("account-test-changes");
		mvc.perform(post("/account/password").with(as(username))
			.with(csrf())
			.param("currentPassword", "first-pass")
			.param("newPassword", "second-pass")
			.param("confirmPassword", "second-pass"))
			.andExpect(redirectedUrl("/account"));

		mvc.perform(formLogin("/login").user(username).password("second-pass")).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(username).password("first-pass")).andExpect(unauthenticated());
	}

	@Test
	void aWrongCurrentPasswordOrAMismatchIsExplainedAndChangesNothing() throws Exception {
		String username = newViewer("account-test-refused");
		mvc.perform(post("/account/password").with(as(username))
			.with(csrf())
			.param("currentPassword", "guess")
			.param("newPassword", "second-pass")
			.param("confirmPassword", "second-pass"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")));
		mvc.perform(post("/account/password").with(as(username))
			.with(csrf())
			.param("currentPassword", "first-pass")
			.param("newPassword", "second-pass")
			.param("confirmPassword", "second-pasz"))
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		mvc.perform(post("/account/password").with(as(username))
			.with(csrf())
			.param("currentPassword", "first-pass")
			.param("newPassword", "abc")
			.param("confirmPassword", "abc"))
			.andExpect(content().string(containsString("密码至少需要 6 个字符")));

		mvc.perform(formLogin("/login").user(username).password("first-pass")).andExpect(authenticated());
	}

}
