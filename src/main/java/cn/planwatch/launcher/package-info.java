/**
 * Launcher: the command line of {@code planwatch.jar} ({@code demo}, {@code serve}), start-up
 * checks with clear Chinese messages, and the embedded PostgreSQL on a persistent data directory.
 * Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Launcher", allowedDependencies = { "access", "demo", "extraction", "shared" })
package cn.planwatch.launcher;
