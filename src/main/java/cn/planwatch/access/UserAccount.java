package cn.planwatch.access;

/** A user account as listed to administrators (never with its password). */
public record UserAccount(long id, String username, String displayName, Role role, String scopeRegionCode,
		Long departmentId, boolean enabled, boolean demo) {

}
