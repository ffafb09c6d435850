package cn.planwatch.plan;

import java.util.List;

/** The two kinds of development plan, each with its fixed list of areas. */
public enum PlanKind {

	WOMEN("妇女发展规划", "妇女", List.of("妇女与健康", "妇女与教育", "妇女与经济", "妇女参与决策和管理", "妇女与社会保障", "妇女与家庭建设", "妇女与环境", "妇女与法律")),
	CHILDREN("儿童发展规划", "儿童", List.of("儿童与健康", "儿童与安全", "儿童与教育", "儿童与福利", "儿童与家庭", "儿童与环境", "儿童与法律保护"));

	private final String label;

	private final String shortLabel;

	private final List<String> areaNames;

	PlanKind(String label, String shortLabel, List<String> areaNames) {
		this.label = label;
		this.shortLabel = shortLabel;
		this.areaNames = areaNames;
	}

	public String label() {
		return label;
	}

	public String shortLabel() {
		return shortLabel;
	}

	/** The standard area names, in order (ordinal 1 first). */
	public List<String> areaNames() {
		return areaNames;
	}

	/** The areas' names without the group they are about ("健康" for "妇女与健康"), for narrow table headers. */
	public List<String> areaShortNames() {
		return areaNames.stream().map(name -> name.replaceFirst("^" + shortLabel + "(与|参与)", "")).toList();
	}

	/** The lower-case name used in URLs and the seed files: {@code women} or {@code children}. */
	public String slug() {
		return name().toLowerCase();
	}

	public static PlanKind fromSlug(String slug) {
		return valueOf(slug.toUpperCase());
	}

	/** A plan kind as a request names it ({@code women} or {@code children}), refused in Chinese otherwise. */
	public static PlanKind fromParameter(String slug) {
		for (PlanKind kind : values()) {
			if (kind.slug().equalsIgnoreCase(slug == null ? "" : slug.strip())) {
				return kind;
			}
		}
		throw new cn.planwatch.shared.InvalidInputException("plan",
				"plan 只能是 women 或 children（妇女或儿童发展规划），不能是“" + slug + "”。");
	}

}
