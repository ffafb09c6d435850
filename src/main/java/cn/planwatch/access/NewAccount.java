package cn.planwatch.access;

/**
 * An account to create: a reporter names their department (the scope follows from it); other
 * roles name the region at the root of their scope (none for a system administrator).
 */
public record NewAccount(String username, String displayName, Role role, String scopeRegionCode, Long departmentId) {

	public static NewAccount reporter(String username, String displayName, long departmentId) {
		return new NewAccount(username, displayName, Role.REPORTER, null, departmentId);
	}

}
