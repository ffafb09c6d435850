/**
 * Demo: the synthetic demo installation (演示数据) — a fictional city with two counties and
 * their townships, member departments, one account per role, and women's and children's plans.
 * Owns no tables: it writes through the public APIs of the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "region", "access", "plan", "shared" })
package cn.planwatch.demo;
