package cn.planwatch.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.planwatch.access.UserAccounts;

/** MockMvc requests made as a real account, loaded with its role and scope from the database. */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor as(UserAccounts users, String username) {
		return user(users.loadUserByUsername(username));
	}

}
