package cn.planwatch.extraction.parser;

import java.util.regex.Pattern;

/**
 * The words of plan targets, grouped by what they mean. Patterns are applied to folded text; within
 * one alternation longer words come first so that 不低于 wins over 低于 and 下降到 over 下降.
 */
final class TargetVocabulary {

	private TargetVocabulary() {
	}

	/** Words before a value that make it a lower bound, an upper bound, or a level to hold. */
	static final Pattern LEVEL_VERB = Pattern.compile("≥|≤|>=|<=|>|<|不低于|不少于|不小于|至少|最少|力争达到|均达到|分别达到|达到|提高到|提高至|提升到|提升至"
			+ "|增加到|增加至|增长到|增长至|增至|上升到|上升至|扩大到|扩大至|超过|高于|大于|多于|达"
			+ "|不高于|不超过|不多于|不大于|至多|最多|控制在|控制到|降至|降到|下降到|下降至|降低到|降低至|减少到|减少至|减至"
			+ "|压缩到|压缩至|缩小到|缩小至|低于|少于|小于|保持在|稳定在|维持在|保持|稳定|维持");

	/** A change verb written straight before a value: a relative change ("下降20%", "提高10%"). */
	static final Pattern RELATIVE_VERB = Pattern.compile("(下降|降低|减少|缩小|减小|提高|提升|增长|增加|上升|增幅|增速)(?:了)?\\s*$");

	/** The base of a relative change: 比2020年, 以2020年(数据)为基数, 在2019年(的)基础上. */
	static final Pattern RELATIVE_BASE = Pattern
		.compile("比\\s*(\\d{4})\\s*年|以\\s*(\\d{4})\\s*年[^,]{0,4}?为基(?:数|准|期)|在\\s*(\\d{4})\\s*年(?:和\\s*\\d{4}\\s*年)?[^,]{0,4}?基础上");

	/** A target year: 到2025年, 至2030年, 2025年前/底. */
	static final Pattern TARGET_YEAR = Pattern
		.compile("(?:到|至|于)\\s*(\\d{4})\\s*年(?:\\s*(?:和|、|及)\\s*(\\d{4})\\s*年)?|(\\d{4})\\s*年(?:前|底|末)");

	/** Words that qualify a target without changing its direction. */
	static final Pattern STRIVE = Pattern.compile("力争|争取|努力");

	static final Pattern UNIT_OF_MEASUREMENT = Pattern.compile("以[^,]{1,20}?为单位");

	/** Increase verbs. 普及 and 覆盖 count only as the predicate of a subject, not as a leading verb. */
	static final Pattern INCREASE = Pattern.compile("巩固提高|巩固提升|提高|提升|增强|增加|增长|增多|延长|扩大|壮大|增进|优化|丰富|改善|改进|拓展|拓宽|净化|加大"
			+ "|递增|稳中有升|稳中有增|上升(?!趋势|势头)|浓厚|趋于(?:平衡|均衡|合理|正常)|推广使用|推广应用|推广|普遍接受");

	static final Pattern DECREASE = Pattern.compile("递减|下降|降低|减少|减缓|缩小|减小|减轻|减弱|遏制|缓解|降到最低|降至最低|得到(?:有效)?控制|有效控制|得到(?:有效)?治理");

	static final Pattern MAINTAIN = Pattern.compile("(?:保持|维持)(?:在)?(?:相对|基本|总体)?(?:均衡|稳定|平衡|合理|较高|较低|适度|良好)");

	/** 巩固 alone (not 巩固提高) keeps what was reached; it counts only as a leading verb. */
	static final Pattern CONSOLIDATE = Pattern.compile("巩固(?!提高|提升|和提高|和提升)");

	static final Pattern ELIMINATE = Pattern.compile("消除|禁止|杜绝|根除|消灭|清除|铲除");

	/** Predicate words that only count when a subject precedes them: "知识全面普及", "基本覆盖乡镇". */
	static final Pattern SUBJECT_PREDICATE = Pattern.compile("(?:全面|基本|得到|普遍|逐步)?普及(?![率面])");

	/** Predicates that carry their own adverb and count wherever they stand: "普遍接受", "基本覆盖乡镇". */
	static final Pattern SELF_MARKED = Pattern.compile("普遍接受|普遍推广|(?:基本|全面|逐步)覆盖(?![率面])|(?:全面|基本|得到)普及(?![率面])|得到(?:有效)?(?:控制|治理|遏制|缓解)");

	/** Words after a change verb that show it is part of a noun (普及率, 增长率, 增幅). */
	static final Pattern NOUN_AFTER_VERB = Pattern.compile("^[率量幅速值]");

	/** Degree adverbs and connectives that may stand before a leading verb. */
	static final Pattern LEADING_ADVERBS = Pattern.compile("^(?:并且|并|且|同时|还要|要|继续|进一步|不断|逐步|逐年|持续|稳步|全面|切实|大力|积极|有效|努力|力争|显著|明显|大幅|着力|预防和|预防|排查|进一步|有所)*");

	/** Adverbs that mark the following verb as the clause's predicate. */
	static final Pattern PREDICATE_ADVERB = Pattern.compile("(?:明显|显著|逐步|逐年|不断|进一步|持续|稳步|大幅|有效|全面|切实|基本|得到|有所|更加|日益|普遍|稳定|继续|均|实现|有力)$");

	/** Leading verbs whose object may itself carry a change: "促进农村女性提升数字技能". */
	static final Pattern CAUSATIVE = Pattern.compile("^(?:促进|推动|帮助|引导|支持|鼓励|推进)");

	/** A gap between groups narrowing: 城乡差距缩小, 地区和城乡差距逐步缩小. */
	static final Pattern GAP_NARROWING = Pattern.compile("差距[^,]{0,6}?(?:缩小|减小|缩减)|(?:缩小|减小|缩减)[^,]{0,20}?差[距异]");

	/** A share compared with another share instead of a number: 不低于本地区女党员所占比例. */
	static final Pattern RELATIONAL_BOUND = Pattern.compile("(不低于|不少于|高于|不高于|低于)[^,\\d]{2,30}?(比例|比重|水平|占比)(?!的)");

	static final Pattern PROPORTIONATE = Pattern.compile("与[^,]{1,24}?相(?:适应|匹配|协调|一致)(?!的)");

}
