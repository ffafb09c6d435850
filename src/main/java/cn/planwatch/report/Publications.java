package cn.planwatch.report;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.plan.IndicatorCatalogue;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.region.Regions;
import cn.planwatch.report.internal.PublicationRepository;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * What the office makes public: report files, frozen as they were when published (a later change of
 * data does not alter a published report; publish again for a new edition), and indicators whose
 * approved figures up to a year the public pages show. Withdrawn reports are no longer downloadable.
 * Who may publish is checked by the caller ({@code AccessPolicy.canManagePlans}).
 */
@Service
public class Publications {

	private final PublicationRepository repository;

	private final Regions regions;

	private final IndicatorCatalogue catalogue;

	Publications(PublicationRepository repository, Regions regions, IndicatorCatalogue catalogue) {
		this.repository = repository;
		this.regions = regions;
		this.catalogue = catalogue;
	}

	@Transactional
	public long publish(String regionCode, PublicationKind kind, PlanKind planKind, int year, String title,
			PublishedFile file, String user) {
		regions.get(regionCode);
		if (file.content().length == 0) {
			throw new InvalidInputException("file", "要公开的文件是空的。");
		}
		return repository.insert(regionCode, kind, planKind, year, title, file, user);
	}

	@Transactional
	public void withdraw(long id, String user) {
		Publication publication = get(id);
		if (!repository.withdraw(id, user)) {
			throw new InvalidInputException("id", "“" + publication.title() + "”已经撤回。");
		}
	}

	public Publication get(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的公开报告。"));
	}

	/** Every publication of the region, withdrawn ones included (for the office). */
	public List<Publication> ofRegion(String regionCode) {
		return repository.ofRegion(regionCode);
	}

	/** The region's publications the public may download. */
	public List<Publication> publicOf(String regionCode) {
		return repository.ofRegion(regionCode).stream().filter(Publication::isPublic).toList();
	}

	/** A public file; empty when it does not exist or was withdrawn. */
	public Optional<PublishedFile> publicFile(long id) {
		return repository.publicFile(id);
	}

	@Transactional
	public void publishIndicator(String regionCode, String indicatorCode, int throughYear, String user) {
		regions.get(regionCode);
		catalogue.find(indicatorCode)
			.orElseThrow(() -> new InvalidInputException("indicatorCode", "指标目录中没有代码 " + indicatorCode + "。"));
		if (throughYear < 2000 || throughYear > 2100) {
			throw new InvalidInputException("throughYear", "公开截至年份“" + throughYear + "”不合理。");
		}
		repository.publishIndicator(regionCode, indicatorCode, throughYear, user);
	}

	@Transactional
	public void unpublishIndicator(String regionCode, String indicatorCode) {
		if (!repository.unpublishIndicator(regionCode, indicatorCode)) {
			throw new InvalidInputException("indicatorCode", "该指标未公开。");
		}
	}

	public List<PublishedIndicator> indicators(String regionCode) {
		return repository.indicators(regionCode);
	}

	/** Codes of the regions with anything public. */
	public List<String> publicRegions() {
		return repository.publicRegions();
	}

}
