package cn.planwatch.collection;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.collection.check.Rule;
import cn.planwatch.collection.check.RuleKind;
import cn.planwatch.collection.internal.RuleRepository;
import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.shared.InvalidInputException;

/** The data checks as data: the statistics bureau sets thresholds and turns rules on or off, in general or per indicator. */
@Service
public class CheckRules {

	private final RuleRepository rules;

	private final IndicatorCatalogue catalogue;

	CheckRules(RuleRepository rules, IndicatorCatalogue catalogue) {
		this.rules = rules;
		this.catalogue = catalogue;
	}

	public List<Rule> all() {
		return rules.all();
	}

	@Transactional
	public void save(RuleKind kind, String indicatorCode, BigDecimal threshold, boolean enabled, String user) {
		String code = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
		if (code != null) {
			catalogue.get(code);
		}
		if (kind.defaultThreshold() != null && enabled && (threshold == null || threshold.signum() <= 0)) {
			throw new InvalidInputException("threshold", "“" + kind.label() + "”需要一个大于 0 的阈值。");
		}
		rules.save(new Rule(kind, code, kind.defaultThreshold() == null ? null : threshold, enabled), user);
	}

}
