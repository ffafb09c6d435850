package cn.planwatch.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.planwatch.access.NewAccount;
import cn.planwatch.access.Role;
import cn.planwatch.access.UserAccounts;
import cn.planwatch.plan.NewPlan;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.plan.Plans;
import cn.planwatch.plan.Target;
import cn.planwatch.region.Department;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Regions;

/**
 * Loads the demo installation on first start (one transaction: all or nothing) — regions,
 * departments, accounts, published plans, and then their synthetic monitoring figures and open
 * 2025 rounds ({@link DemoMonitoring}) and a mid-term evaluation ({@link DemoEvaluation}); once that has
 * committed and been assessed, rectification items ({@link DemoRectification}) — and, on every start,
 * gives the demo accounts the password from {@code --demo-password} or a generated one.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "planwatch.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner, DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final Regions regions;

	private final Departments departments;

	private final UserAccounts users;

	private final Plans plans;

	private final DemoMonitoring monitoring;

	private final DemoPublication publication;

	private final DemoEvaluation evaluation;

	private final DemoRectification rectification;

	private final ObjectMapper json;

	private final TransactionTemplate transaction;

	private final String configuredPassword;

	private String password;

	DemoDataLoader(Regions regions, Departments departments, UserAccounts users, Plans plans, DemoMonitoring monitoring,
			DemoPublication publication, DemoEvaluation evaluation, DemoRectification rectification, ObjectMapper json,
			TransactionTemplate transaction, @Value("${planwatch.demo.password:}") String configuredPassword) {
		this.regions = regions;
		this.departments = departments;
		this.users = users;
		this.plans = plans;
		this.monitoring = monitoring;
		this.publication = publication;
		this.evaluation = evaluation;
		this.rectification = rectification;
		this.json = json;
		this.transaction = transaction;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		password = configuredPassword.isBlank() ? generatePassword() : configuredPassword;
		boolean loaded = Boolean.TRUE.equals(transaction.execute(status -> {
			boolean fresh = regions.find(DemoRegion.CITY.code()).isEmpty();
			if (fresh) {
				load();
			}
			users.setDemoPasswords(password);
			return fresh;
		}));
		if (loaded) {
			// the assessment results are computed once the demo is committed; rectification starts from them
			try {
				transaction.executeWithoutResult(status -> rectification.load(LocalDate.now()));
			}
			catch (RuntimeException ex) {
				log.warn("Demo rectification items not written; the rest of the demo is loaded", ex);
			}
		}
	}

	@Override
	public String password() {
		return password;
	}

	@Override
	public List<Account> accounts() {
		List<Account> accounts = new ArrayList<>();
		DemoRegion city = DemoRegion.CITY;
		accounts.add(new Account("admin", Role.ADMIN.label(), "全部地区"));
		for (Role role : List.of(Role.OFFICE, Role.STATS, Role.LEADER, Role.VIEWER)) {
			accounts.add(new Account(username("", role), role.label(), city.name()));
		}
		accounts.add(new Account("reporter-health", Role.REPORTER.label(), city.name() + "卫生健康委员会"));
		accounts.add(new Account("reporter-education", Role.REPORTER.label(), city.name() + "教育局"));
		accounts.add(new Account("reporter-<类别>", Role.REPORTER.label(), city.name() + "其他成员单位，如 reporter-civil-affairs"));
		for (DemoRegion county : city.children()) {
			String prefix = county.slug() + "-";
			accounts.add(new Account(prefix + "office / " + prefix + "stats", "县级账号", county.name()
					+ "（另有 " + prefix + "leader、" + prefix + "viewer、" + prefix + "reporter-<类别>）"));
			DemoRegion township = county.children().get(0);
			accounts.add(new Account(prefix + township.slug() + "-reporter-health", Role.REPORTER.label(),
					county.name() + township.name() + "卫生院（各乡镇同理）"));
		}
		return accounts;
	}

	private void load() {
		long started = System.nanoTime();
		Map<PlanKind, DemoPlanTemplate> templates = new LinkedHashMap<>();
		for (PlanKind kind : PlanKind.values()) {
			templates.put(kind, DemoPlanTemplate.load(kind, json));
		}
		List<NewAccount> accounts = new ArrayList<>();
		accounts.add(new NewAccount("admin", "系统管理员", Role.ADMIN, null, null));
		Map<DemoRegion, List<Target>> planTargets = new LinkedHashMap<>();
		loadRegion(DemoRegion.CITY, null, "", 0, templates, accounts, planTargets);
		users.createAll(accounts, password, true);
		monitoring.load(planTargets);
		publication.load(DemoHistory.LAST_HISTORY_YEAR);
		evaluation.load();
		log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void loadRegion(DemoRegion region, String parentCode, String prefix, int sortOrder,
			Map<PlanKind, DemoPlanTemplate> templates, List<NewAccount> accounts, Map<DemoRegion, List<Target>> planTargets) {
		regions.create(region.code(), region.name(), region.level(), parentCode, sortOrder, true);
		Map<String, Long> departmentsByKind = new LinkedHashMap<>();
		DemoDepartments.of(region).forEach((kind, name) -> {
			Department department = departments.create(region.code(), kind, name);
			departmentsByKind.put(kind, department.id());
			accounts.add(NewAccount.reporter(prefix + "reporter-" + kind, name + "填报员", department.id()));
		});
		if (!region.children().isEmpty()) {
			for (Role role : List.of(Role.OFFICE, Role.STATS, Role.LEADER, Role.VIEWER)) {
				accounts.add(new NewAccount(username(prefix, role), region.name() + role.label(), role, region.code(), null));
			}
			for (DemoPlanTemplate template : templates.values()) {
				NewPlan plan = template.forRegion(region, departmentsByKind);
				plans.publish(plans.create(plan));
				plan.areas().forEach(area -> area.goals().forEach(goal -> planTargets
					.computeIfAbsent(region, r -> new ArrayList<>())
					.addAll(goal.targets())));
			}
		}
		int order = 0;
		for (DemoRegion child : region.children()) {
			String childPrefix = prefix + child.slug() + "-";
			loadRegion(child, region.code(), childPrefix, order++, templates, accounts, planTargets);
		}
	}

	private static String username(String prefix, Role role) {
		return prefix + role.name().toLowerCase();
	}

	private static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder("demo-");
		for (int i = 0; i < 8; i++) {
			password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.toString();
	}

}
