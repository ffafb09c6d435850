package cn.planwatch.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.access.internal.ApiTokenRepository;
import cn.planwatch.shared.InvalidInputException;

/**
 * Personal API tokens: a user creates one for a system that calls the API on their behalf; the
 * caller is then held to that user's role and scope. Tokens are random (192 bits), shown once,
 * and kept only as SHA-256 hashes.
 */
@Service
public class ApiTokens {

	public static final String PREFIX = "pw_";

	private final ApiTokenRepository repository;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository repository) {
		this.repository = repository;
	}

	/** Creates a token and returns its secret — the only time it can be read. */
	@Transactional
	public String create(PlanWatchUser user, String name) {
		if (name == null || name.isBlank() || name.length() > 60) {
			throw new InvalidInputException("name", "请为令牌起一个名称（不超过 60 字），如“卫健委统计系统”。");
		}
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		repository.insert(user.id(), name.strip(), hash(secret), secret.substring(0, 9));
		return secret;
	}

	public List<ApiToken> of(PlanWatchUser user) {
		return repository.ofUser(user.id());
	}

	@Transactional
	public void revoke(PlanWatchUser user, long tokenId) {
		if (repository.revoke(user.id(), tokenId) == 0) {
			throw new InvalidInputException("token", "没有可撤销的这个令牌。");
		}
	}

	/** The username a presented token belongs to, if it is a valid active token. */
	@Transactional
	public Optional<String> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return repository.useActive(hash(secret));
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
