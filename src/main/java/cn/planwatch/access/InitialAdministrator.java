package cn.planwatch.access;

import java.security.SecureRandom;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a new production installation (no accounts at all, no demo), creates the system
 * administrator {@code admin} so someone can sign in: with the password given as
 * {@code planwatch.admin.initial-password}, or a generated one that start-up prints once.
 */
@Component
@Order(5)
public class InitialAdministrator implements ApplicationRunner {

	public static final String USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final UserAccounts users;

	private final boolean demo;

	private final String configuredPassword;

	private String generatedPassword;

	InitialAdministrator(UserAccounts users, @Value("${planwatch.demo.enabled:false}") boolean demo,
			@Value("${planwatch.admin.initial-password:}") String configuredPassword) {
		this.users = users;
		this.demo = demo;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo || !users.all().isEmpty()) {
			return;
		}
		String password = configuredPassword;
		if (password.isBlank()) {
			password = generate();
			generatedPassword = password;
		}
		users.create(new NewAccount(USERNAME, "系统管理员", Role.ADMIN, null, null), password, false);
		log.warn("No accounts existed: created the system administrator '{}'", USERNAME);
	}

	/** The password generated for the first administrator at this start, if one was. */
	public Optional<String> generatedPassword() {
		return Optional.ofNullable(generatedPassword);
	}

	private static String generate() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 14; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
