package cn.planwatch.access;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.access.internal.UserRepository;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/** User accounts: creating them with a role and scope, passwords, and loading them at sign-in. */
@Service
public class UserAccounts implements UserDetailsService {

	static final int MIN_PASSWORD_LENGTH = 6;

	private final UserRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final Regions regions;

	private final Departments departments;

	UserAccounts(UserRepository repository, PasswordEncoder passwordEncoder, Regions regions,
			Departments departments) {
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.regions = regions;
		this.departments = departments;
	}

	@Override
	public PlanWatchUser loadUserByUsername(String username) {
		return repository.findPrincipal(username)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
	}

	public Optional<UserAccount> find(String username) {
		return repository.find(username);
	}

	public List<UserAccount> all() {
		return repository.all();
	}

	/**
	 * Creates an account. A reporter's scope is the region of their department; other roles
	 * except the system administrator need a scope region.
	 */
	@Transactional
	public UserAccount create(NewAccount account, String rawPassword, boolean demo) {
		return createAll(List.of(account), rawPassword, demo).get(0);
	}

	/**
	 * Creates several accounts that start with the same password (for example all reporters of
	 * a region's departments, each to change it at first use), hashing it only once.
	 */
	@Transactional
	public List<UserAccount> createAll(List<NewAccount> accounts, String rawPassword, boolean demo) {
		checkPassword(rawPassword);
		String hash = passwordEncoder.encode(rawPassword);
		return accounts.stream().map(account -> insert(account, hash, demo)).toList();
	}

	private UserAccount insert(NewAccount account, String passwordHash, boolean demo) {
		String username = account.username();
		if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
			throw new InvalidInputException("username", "用户名只能由小写字母、数字、点、下划线和连字符组成（2–64 位）：" + username);
		}
		if (repository.find(username).isPresent()) {
			throw new InvalidInputException("username", "用户名 " + username + " 已存在。");
		}
		Role role = account.role();
		String scope = account.scopeRegionCode();
		if (role == Role.REPORTER) {
			if (account.departmentId() == null) {
				throw new InvalidInputException("department", "部门填报员必须指定所属成员单位。");
			}
			scope = departments.get(account.departmentId()).regionCode();
		}
		else if (account.departmentId() != null) {
			throw new InvalidInputException("department", "只有部门填报员才归属某个成员单位。");
		}
		if (role != Role.ADMIN) {
			if (scope == null) {
				throw new InvalidInputException("scope", role.label() + "账号必须指定数据范围（地区）。");
			}
			scope = regions.get(scope).code();
		}
		String displayName = account.displayName() == null || account.displayName().isBlank() ? username
				: account.displayName().strip();
		repository.insert(username, displayName, passwordHash, role, scope, account.departmentId(), demo);
		return repository.find(username).orElseThrow();
	}

	@Transactional
	public void changePassword(String username, String rawPassword) {
		checkPassword(rawPassword);
		if (repository.updatePasswordHash(username, passwordEncoder.encode(rawPassword)) == 0) {
			throw new InvalidInputException("username", "没有用户 " + username + "。");
		}
	}

	/** A signed-in user changes their own password, proving they know the current one. */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		PlanWatchUser user = loadUserByUsername(username);
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPassword())) {
			throw new InvalidInputException("currentPassword", "当前密码不正确。");
		}
		if (newPassword != null && newPassword.equals(currentPassword)) {
			throw new InvalidInputException("newPassword", "新密码不能与当前密码相同。");
		}
		changePassword(username, newPassword);
	}

	/** Gives every demo account the same password (the demo prints it at start-up). */
	@Transactional
	public int setDemoPasswords(String rawPassword) {
		checkPassword(rawPassword);
		return repository.updatePasswordHashOfDemoAccounts(passwordEncoder.encode(rawPassword));
	}

	private static void checkPassword(String rawPassword) {
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new InvalidInputException("password", "密码至少需要 " + MIN_PASSWORD_LENGTH + " 个字符。");
		}
	}

}
