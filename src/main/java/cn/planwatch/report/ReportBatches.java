package cn.planwatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import cn.planwatch.assessment.Assessments;
import cn.planwatch.assessment.RegionAssessment;
import cn.planwatch.plan.PlanKind;
import cn.planwatch.region.Region;
import cn.planwatch.region.Regions;
import cn.planwatch.report.internal.BatchRepository;
import cn.planwatch.shared.CannotProduceException;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/**
 * Batches of reports for a city's counties (or a county's townships): for each sub-region with
 * results that year, the annual report of each plan in Word and PDF and the statistical compendium,
 * written one after another in the background and zipped. Progress is stored, so the office can
 * leave the page and come back; one batch runs at a time so that memory stays bounded. A batch
 * interrupted by a restart is marked failed at the next start.
 */
@Service
public class ReportBatches {

	private static final Logger log = LoggerFactory.getLogger(ReportBatches.class);

	private final BatchRepository repository;

	private final AnnualReports annualReports;

	private final Compendiums compendiums;

	private final Assessments assessments;

	private final Regions regions;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "report-batch");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<Long, Future<?>> running = new ConcurrentHashMap<>();

	ReportBatches(BatchRepository repository, AnnualReports annualReports, Compendiums compendiums,
			Assessments assessments, Regions regions) {
		this.repository = repository;
		this.annualReports = annualReports;
		this.compendiums = compendiums;
		this.assessments = assessments;
		this.regions = regions;
	}

	/** One document of a batch: its name in the zip and how to write it. */
	private record Item(String label, Supplier<GeneratedFile> file) {
	}

	/** Queues a batch for the sub-regions of the region; returns its id. */
	public long start(String regionCode, int year, String user) {
		Region region = regions.get(regionCode);
		List<Item> items = new ArrayList<>();
		for (RegionAssessment assessed : assessments.ofRegions(regions.children(regionCode), year).values()) {
			Region child = assessed.region();
			if (!assessed.years().contains(year)) {
				continue;
			}
			for (var plan : assessed.plans()) {
				PlanKind kind = plan.plan().kind();
				String name = child.name() + ReportTexts.planName(kind) + "年度报告";
				items.add(new Item(name + "（Word）", () -> annualReports.docx(child.code(), kind, year)));
				items.add(new Item(name + "（PDF）", () -> annualReports.pdf(child.code(), kind, year)));
			}
			items.add(new Item(child.name() + "统计资料", () -> compendiums.xlsx(child.code(), year)));
		}
		if (items.isEmpty()) {
			throw new InvalidInputException("year", region.name() + "下辖地区没有" + year + "年的评估结果，无法批量生成报告。");
		}
		long id = repository.insert(regionCode, year, items.size(), user);
		String zipName = DocumentFiles.fileName(region.name() + "下辖地区" + year + "年监测报告") + ".zip";
		running.put(id, worker.submit(() -> run(id, items, zipName)));
		return id;
	}

	public ReportBatch get(long id) {
		return repository.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的批量生成任务。"));
	}

	public List<ReportBatch> ofRegion(String regionCode) {
		return repository.ofRegion(regionCode);
	}

	public Optional<PublishedFile> file(long id) {
		return repository.file(id);
	}

	/** The running batch's completion, for callers that must wait for it (the tests). */
	public Optional<Future<?>> completion(long id) {
		return Optional.ofNullable(running.get(id));
	}

	private void run(long id, List<Item> items, String zipName) {
		try {
			write(id, items, zipName);
		}
		finally {
			running.remove(id);
		}
	}

	private void write(long id, List<Item> items, String zipName) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int done = 0;
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Item item : items) {
				repository.progress(id, done, item.label());
				GeneratedFile file = item.file().get();
				zip.putNextEntry(new ZipEntry(file.fileName()));
				zip.write(file.content());
				zip.closeEntry();
				done++;
			}
			zip.finish();
		}
		catch (CannotProduceException | InvalidInputException | NotFoundException ex) {
			repository.fail(id, "生成“" + items.get(done).label() + "”时出错：" + ex.getMessage());
			return;
		}
		catch (IOException | RuntimeException ex) {
			log.error("Report batch {} failed at item {}", id, done, ex);
			repository.fail(id, "生成“" + items.get(done).label() + "”时出错，详见服务器日志。");
			return;
		}
		repository.finish(id, zipName, bytes.toByteArray());
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		int failed = repository.failInterrupted();
		if (failed > 0) {
			log.warn("{} report batches were interrupted by the last shutdown and are marked failed", failed);
		}
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		worker.shutdownNow();
	}

}
