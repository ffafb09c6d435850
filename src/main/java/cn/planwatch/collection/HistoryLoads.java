package cn.planwatch.collection;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.collection.internal.ValueRepository;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.region.Regions;
import cn.planwatch.shared.InvalidInputException;

/**
 * Loading historical values in bulk — the 2020 baseline and earlier years, from old compendia —
 * as approved values of the monitoring database. All or nothing: one bad row refuses the load,
 * naming the row. Existing approved values are not overwritten.
 */
@Service
public class HistoryLoads {

	/** Rows written per statement. */
	private static final int BATCH = 2000;

	private final ValueRepository values;

	private final IndicatorCatalogue catalogue;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	HistoryLoads(ValueRepository values, IndicatorCatalogue catalogue, Regions regions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.values = values;
		this.catalogue = catalogue;
		this.regions = regions;
	}

	/** Loads the rows; returns how many were written (rows whose cell already has a value are skipped). */
	@Transactional
	public int load(List<HistoryValue> rows, String user) {
		Map<String, Indicator> indicators = new HashMap<>();
		Map<String, Boolean> knownRegions = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			HistoryValue row = rows.get(i);
			String where = "第 " + (i + 1) + " 行";
			if (!knownRegions.computeIfAbsent(row.regionCode(), code -> regions.find(code).isPresent())) {
				throw new InvalidInputException("regionCode", where + "：没有区划代码为 " + row.regionCode() + " 的地区。");
			}
			Indicator indicator = indicators.computeIfAbsent(row.indicatorCode(), code -> catalogue.find(code).orElse(null));
			if (indicator == null) {
				throw new InvalidInputException("indicatorCode", where + "：指标目录中没有代码 " + row.indicatorCode() + "。");
			}
			try {
				Breakdown.fromKey(row.breakdownKey());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("breakdown", where + "：未知的分组 " + row.breakdownKey() + "。");
			}
			boolean ratio = indicator.isRatio();
			if (ratio ? row.numerator() == null || row.denominator() == null : row.value() == null) {
				throw new InvalidInputException("value", where + "：“" + indicator.name() + "”"
						+ (ratio ? "须填写分子和分母。" : "须填写数值。"));
			}
		}
		int written = 0;
		for (int from = 0; from < rows.size(); from += BATCH) {
			written += values.insertHistory(rows.subList(from, Math.min(rows.size(), from + BATCH)), user, "历史数据批量导入");
		}
		rows.stream()
			.collect(Collectors.groupingBy(HistoryValue::regionCode, LinkedHashMap::new,
					Collectors.mapping(HistoryValue::indicatorCode, Collectors.toSet())))
			.forEach((region, codes) -> events.publishEvent(new MonitoringValuesChanged(region, codes)));
		return written;
	}

}
