/**
 * Access: user accounts, roles and scopes, sign-in, and the {@link cn.planwatch.access.AccessPolicy}
 * every page and API call consults. Owns the table {@code access_user}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = { "region", "shared" })
package cn.planwatch.access;
