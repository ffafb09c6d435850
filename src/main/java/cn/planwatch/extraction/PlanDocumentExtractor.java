package cn.planwatch.extraction;

import java.util.ArrayList;
import java.util.List;

import cn.planwatch.extraction.parser.PlanParser;
import cn.planwatch.extraction.parser.PlanParser.ParsedDocument;

/**
 * Turns the text of a plan notice into structured plans: the women's and/or children's plan it
 * carries, their areas, numbered main goals with targets, the numeric targets of the strategy
 * text and the monitoring set-up. Plain Java; the rules live in {@code parser}.
 */
public final class PlanDocumentExtractor {

	static final String NO_PLAN = "未在文档中识别到妇女或儿童发展规划的“主要目标”：请确认上传的是规划全文。";

	private PlanDocumentExtractor() {
	}

	/**
	 * Extracts the plans of a notice. Throws {@link DocumentException} when the text holds no
	 * recognisable plan; anything found but incomplete is reported in the result's warnings.
	 */
	public static ExtractionResult extract(String text) {
		if (text == null || text.isBlank()) {
			throw new DocumentException("文档没有文字内容：" + NO_PLAN);
		}
		ParsedDocument parsed = PlanParser.parse(text);
		List<ExtractedPlan> plans = parsed.plans()
			.stream()
			.filter(plan -> plan.areas().stream().anyMatch(area -> !area.goals().isEmpty()))
			.toList();
		if (plans.isEmpty()) {
			throw new DocumentException(NO_PLAN);
		}
		List<String> warnings = new ArrayList<>(parsed.warnings());
		if (plans.size() < parsed.plans().size()) {
			warnings.add("有 " + (parsed.plans().size() - plans.size()) + " 个规划部分未识别到任何主要目标，已略去。");
		}
		return new ExtractionResult(plans, warnings);
	}

}
