package cn.planwatch.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.plan.internal.IndicatorRepository;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/** The indicator catalogue (监测指标目录) shared by every plan and region. */
@Service
public class IndicatorCatalogue {

	private final IndicatorRepository repository;

	IndicatorCatalogue(IndicatorRepository repository) {
		this.repository = repository;
	}

	/** Every indicator, women's first, by code. */
	public List<Indicator> all() {
		return repository.all()
			.stream()
			.sorted(Comparator.comparing(Indicator::planKind).thenComparing(Indicator::code))
			.toList();
	}

	public Optional<Indicator> find(String code) {
		return repository.find(code);
	}

	public Indicator get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("指标目录中没有代码为 " + code + " 的指标。"));
	}

	/** A matcher over the whole catalogue as it is now. */
	public IndicatorMatcher matcher() {
		return new IndicatorMatcher(repository.all());
	}

	/**
	 * Adds an indicator a plan tracks that the national catalogue lacks. Its code is
	 * {@code L-W-1-01} style: L for local, the plan kind, the area ordinal and a sequence.
	 */
	@Transactional
	public Indicator createLocal(String name, PlanKind kind, int areaOrdinal, String unit, Polarity polarity,
			String definition) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "指标名称不能为空。");
		}
		if (areaOrdinal < 1 || areaOrdinal > kind.areaNames().size()) {
			throw new InvalidInputException("area", "领域序号超出范围：" + areaOrdinal);
		}
		String trimmed = name.strip();
		if (repository.all().stream().anyMatch(i -> i.name().equals(trimmed) && i.planKind() == kind)) {
			throw new InvalidInputException("name", "指标目录中已有“" + trimmed + "”。");
		}
		String prefix = "L-" + kind.name().charAt(0) + "-" + areaOrdinal + "-";
		int next = repository.all().stream()
			.map(Indicator::code)
			.filter(code -> code.startsWith(prefix))
			.mapToInt(code -> Integer.parseInt(code.substring(prefix.length())))
			.max()
			.orElse(0) + 1;
		Indicator indicator = new Indicator(prefix + String.format("%02d", next), trimmed, kind, areaOrdinal,
				blankToNull(unit), polarity, blankToNull(definition), null, null, null, Set.of(), null, false);
		repository.insertLocal(indicator);
		return indicator;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
