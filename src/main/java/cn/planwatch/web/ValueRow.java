package cn.planwatch.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import cn.planwatch.collection.ApprovedValue;
import cn.planwatch.collection.ReportedValue;

/**
 * A row of an indicator's table of approved values: year, value (for a rate, from its counts), the
 * counts, the source, and the stored value's id when the user may read its audit trail.
 */
public record ValueRow(int year, BigDecimal value, BigDecimal numerator, BigDecimal denominator, String source,
		String origin, Long historyOf) {

	/** The approved values of one breakdown, oldest first, joined to their stored records. */
	static List<ValueRow> of(List<ApprovedValue> approved, List<ReportedValue> records, String breakdown,
			Predicate<ReportedValue> historyReadable) {
		Map<Integer, ReportedValue> byYear = records.stream()
			.filter(r -> r.breakdown().key().equals(breakdown))
			.collect(Collectors.toMap(ReportedValue::year, Function.identity(), (a, b) -> b));
		return approved.stream().filter(v -> v.breakdownKey().equals(breakdown)).map(v -> {
			ReportedValue record = byYear.get(v.year());
			return new ValueRow(v.year(), v.value(), v.numerator(), v.denominator(),
					record == null ? null : record.source(), record == null ? null : origin(record.origin()),
					record != null && historyReadable.test(record) ? record.id() : null);
		}).toList();
	}

	/** Where a value came from, as the pages say it. */
	static String origin(String origin) {
		return switch (origin) {
			case "REPORTED" -> "部门填报";
			case "ROLLUP" -> "乡镇汇总";
			case "HISTORY" -> "历史数据导入";
			default -> origin;
		};
	}

}
