/**
 * Demo: the synthetic demo installation (演示数据) — a fictional city with two counties and
 * their townships, member departments, one account per role, women's and children's plans,
 * synthetic monitoring figures for 2020–2024, an open 2025 round with some progress, and a
 * mid-term evaluation under way, and rectification items issued from the first county's warnings.
 * Owns no tables: it writes through the public APIs of the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data", allowedDependencies = { "region", "access", "plan", "collection", "collection :: check", "assessment", "report", "evaluation", "shared" })
package cn.planwatch.demo;
