package cn.planwatch.access;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user: role, and scope — the region subtree they may see (all regions for a system
 * administrator) and, for reporters, the one department they act for.
 */
public final class PlanWatchUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final Role role;

	private final String scopeRegionCode;

	private final Long departmentId;

	private final boolean enabled;

	public PlanWatchUser(long id, String username, String displayName, String passwordHash, Role role,
			String scopeRegionCode, Long departmentId, boolean enabled) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.scopeRegionCode = scopeRegionCode;
		this.departmentId = departmentId;
		this.enabled = enabled;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** The root of the region subtree in scope; null for a system administrator. */
	public String scopeRegionCode() {
		return scopeRegionCode;
	}

	/** The department a reporter acts for; null for other roles. */
	public Long departmentId() {
		return departmentId;
	}

	public boolean hasRole(Role... roles) {
		for (Role candidate : roles) {
			if (candidate == role) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PlanWatchUser user && user.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "PlanWatchUser[" + username + ", " + role + ", scope=" + scopeRegionCode + "]";
	}

}
