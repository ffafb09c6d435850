package cn.planwatch.plan;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.planwatch.plan.internal.IndicatorRepository;
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

}
