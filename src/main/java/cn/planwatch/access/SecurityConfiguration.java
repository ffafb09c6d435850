package cn.planwatch.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Form login with hashed passwords (BCrypt through the delegating encoder), CSRF protection
 * and session expiry (server.servlet.session.timeout). Pages redirect to the login form; API
 * calls without a session get a 401 problem in JSON.
 */
@Configuration
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, UserAccounts users) throws Exception {
		http.addFilterBefore(new BearerTokenFilter(tokens, users), UsernamePasswordAuthenticationFilter.class)
			// a call authenticated by its own token carries no cookie a forged page could ride on
			.csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::presentsToken))
			.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
					"/v3/api-docs", "/v3/api-docs/**", "/public", "/public/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.invalidSessionStrategy(
					(request, response) -> signInAgain(request, response, "/login?expired")))
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(apiEntryPoint(), new AntPathRequestMatcher("/api/**"))
				.defaultAuthenticationEntryPointFor(
						(request, response, authException) -> signInAgain(request, response, "/login"),
						new AntPathRequestMatcher("/**")))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
		return http.build();
	}

	private static AuthenticationEntryPoint apiEntryPoint() {
		return (request, response, authException) -> writeUnauthorizedProblem(response);
	}

	/**
	 * Sends a user without a (valid) session to the login form: an API call gets a 401 problem,
	 * an htmx request a 401 with {@code HX-Redirect} (so htmx loads the login page instead of
	 * swapping it into a fragment), a page request a redirect.
	 */
	private static void signInAgain(HttpServletRequest request, HttpServletResponse response, String loginUrl)
			throws IOException {
		request.getSession(true);
		String target = request.getContextPath() + loginUrl;
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			writeUnauthorizedProblem(response);
		}
		else if ("true".equals(request.getHeader("HX-Request"))) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader("HX-Redirect", target);
		}
		else {
			response.sendRedirect(target);
		}
	}

	private static void writeUnauthorizedProblem(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"未登录\",\"status\":401,"
					+ "\"detail\":\"请先登录：在浏览器中登录后使用同一会话调用 API。\"}");
	}

}
