package cn.planwatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.Breakdown;
import cn.planwatch.collection.MonitoringData;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.region.Departments;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.compendium.Compendium;
import cn.planwatch.report.compendium.CompendiumRow;
import cn.planwatch.report.compendium.CompendiumSection;
import cn.planwatch.report.compendium.CompendiumWorkbook;
import cn.planwatch.report.compendium.RegionalRow;
import cn.planwatch.report.compendium.RegionalTable;
import cn.planwatch.shared.NotFoundException;

/**
 * The statistical compendium (妇女儿童统计资料) of a region: every catalogue indicator with approved data,
 * by area of the women's and children's plans, each breakdown under its total, for the {@value #YEARS}
 * years up to the chosen one; then, for the chosen year, one table per area with the region's
 * sub-regions side by side.
 */
@Service
public class Compendiums {

	static final int YEARS = 5;

	private final MonitoringData data;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final Departments departments;

	private final Issuers issuers;

	private final Clock clock;

	Compendiums(MonitoringData data, IndicatorCatalogue catalogue, Regions regions, Departments departments, Issuers issuers,
			Optional<Clock> clock) {
		this.data = data;
		this.catalogue = catalogue;
		this.regions = regions;
		this.departments = departments;
		this.issuers = issuers;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	public Compendium compendium(String regionCode, int year) {
		Region region = regions.get(regionCode);
		List<Integer> years = IntStream.rangeClosed(year - YEARS + 1, year).boxed().toList();
		List<Indicator> indicators = catalogue.all()
			.stream()
			.sorted(Comparator.comparing((Indicator i) -> i.planKind()).thenComparing(Indicator::areaOrdinal)
				.thenComparing(Indicator::code))
			.toList();
		Map<String, String> sourceNames = new LinkedHashMap<>();
		departments.kinds().forEach(kind -> sourceNames.put(kind.code(), kind.name()));
		Map<String, Map<String, Map<Integer, BigDecimal>>> values = new LinkedHashMap<>();
		for (ApprovedValue value : data.ofRegion(regionCode, indicators.stream().map(Indicator::code).toList())) {
			if (value.year() >= years.get(0) && value.year() <= year && value.value() != null) {
				values.computeIfAbsent(value.indicatorCode(), k -> new LinkedHashMap<>())
					.computeIfAbsent(value.breakdownKey(), k -> new TreeMap<>())
					.put(value.year(), value.value());
			}
		}
		Map<String, List<CompendiumRow>> sections = new LinkedHashMap<>();
		for (Indicator indicator : indicators) {
			Map<String, Map<Integer, BigDecimal>> cells = values.get(indicator.code());
			if (cells == null) {
				continue;
			}
			List<CompendiumRow> rows = sections.computeIfAbsent(section(indicator), k -> new ArrayList<>());
			String source = indicator.sourceDepartmentKind() == null ? "" : sourceNames.getOrDefault(indicator.sourceDepartmentKind(), "");
			rows.add(new CompendiumRow(indicator.code(), indicator.name(), indicator.unit(), "合计", 0,
					cells.getOrDefault(Breakdown.TOTAL.key(), Map.of()), source, ""));
			for (Breakdown breakdown : Breakdown.of(indicator.disaggregations(), indicator.planKind())) {
				if (!breakdown.isTotal() && cells.containsKey(breakdown.key())) {
					rows.add(new CompendiumRow(indicator.code(), indicator.name(), indicator.unit(), breakdown.label(), 1,
							cells.get(breakdown.key()), "", ""));
				}
			}
		}
		if (sections.isEmpty()) {
			throw new NotFoundException("地区“" + region.name() + "”在" + years.get(0) + "—" + year + "年没有审核通过的监测数据。");
		}
		List<CompendiumSection> compendiumSections = sections.entrySet()
			.stream()
			.map(e -> new CompendiumSection(e.getKey(), e.getValue()))
			.toList();
		String compiledBy = issuers.statisticsBureau(region);
		List<String> notes = List.of("本资料收录" + region.name() + years.get(0) + "—" + year + "年妇女儿童发展规划监测指标中已审核通过的数据。",
				"比率类指标按分子、分母计算；分组数据列在合计之下。",
				"“…”表示数据暂缺，“—”表示不适用。");
		return new Compendium(region.name() + "妇女儿童统计资料（" + years.get(0) + "—" + year + "年）", region.name(), years,
				region.demo(), compiledBy, LocalDate.now(clock), compendiumSections, regionalTables(region, year, indicators),
				notes);
	}

	public GeneratedFile xlsx(String regionCode, int year) {
		Compendium compendium = compendium(regionCode, year);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			CompendiumWorkbook.write(compendium, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new GeneratedFile(DocumentFiles.fileName(compendium.title()) + ".xlsx", GeneratedFile.XLSX, out.toByteArray());
	}

	private List<RegionalTable> regionalTables(Region region, int year, List<Indicator> indicators) {
		List<Region> children = regions.children(region.code());
		if (children.isEmpty()) {
			return List.of();
		}
		List<String> codes = children.stream().map(Region::code).toList();
		List<String> names = children.stream().map(Region::name).toList();
		Map<String, List<RegionalRow>> bySection = new LinkedHashMap<>();
		for (Indicator indicator : indicators) {
			Map<String, BigDecimal> byRegion = new LinkedHashMap<>();
			for (ApprovedValue value : data.ofRegions(codes, indicator.code())) {
				if (value.year() == year && value.breakdownKey().equals(Breakdown.TOTAL.key()) && value.value() != null) {
					byRegion.put(names.get(codes.indexOf(value.regionCode())), value.value());
				}
			}
			if (!byRegion.isEmpty()) {
				bySection.computeIfAbsent(section(indicator), k -> new ArrayList<>())
					.add(new RegionalRow(indicator.code(), indicator.name(), indicator.unit(), "合计", 0, byRegion,
							java.util.Set.of(), ""));
			}
		}
		return bySection.entrySet()
			.stream()
			.map(e -> new RegionalTable(e.getKey() + "（分地区，" + year + "年）", year, names, e.getValue()))
			.toList();
	}

	/** The area heading of an indicator, e.g. 妇女与健康 or 儿童与安全 (the plans' areas, women's first). */
	private static String section(Indicator indicator) {
		return indicator.areaName();
	}

}
