package cn.planwatch.demo;

import java.math.BigDecimal;

import cn.planwatch.collection.check.CellValue;
import cn.planwatch.collection.check.Finding;
import cn.planwatch.plan.Indicator;
import cn.planwatch.plan.Polarity;

/**
 * The explanation a demo reporter gives for a soft finding (a large change on last year, a value
 * off the series, a jump past the target), worded as a county health bureau would, and marked as
 * part of the demo.
 */
final class DemoExplanations {

	/** Below this many in the numerator, a rate moves with single cases and the explanation says so. */
	private static final int FEW = 30;

	private DemoExplanations() {
	}

	static String of(Finding finding, Indicator indicator, CellValue cell) {
		BigDecimal numerator = cell == null ? null : cell.numerator();
		if (numerator != null && numerator.intValue() < FEW) {
			String count = "演示说明：本年" + indicator.numeratorName() + "为 " + numerator.toPlainString() + "，";
			return indicator.polarity() == Polarity.LOWER ? count + "例数少，比率随个别病例明显波动；已逐例核对。"
					: count + "基数小，个别人员或机构的变动即引起比率明显变化；已与名册核对。";
		}
		return switch (finding.rule()) {
			case OUTLIER -> "演示说明：已核实，偏离历年数值系本年度统计口径与工作推进所致。";
			case JUMP_PAST_TARGET -> "演示说明：本年度专项工作集中推进，一年内达到目标值；已核对统计口径。";
			default -> "演示说明：本年度" + indicator.name() + "变化较大，已与业务台账逐项核对，数据属实。";
		};
	}

}
