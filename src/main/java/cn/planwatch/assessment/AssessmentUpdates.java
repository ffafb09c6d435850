package cn.planwatch.assessment;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import cn.planwatch.assessment.internal.PendingRepository;
import cn.planwatch.collection.MonitoringValuesChanged;
import cn.planwatch.plan.PlanPublished;

/**
 * Keeps the stored results up to date. A change of approved values or a published plan queues its
 * region and indicators ({@code assessment_pending}) in the same transaction; once that transaction
 * has committed the region is recomputed in a new one. If the recompute fails, the queue keeps it:
 * it is retried before the region's results are next read, and at start-up.
 */
@Component
class AssessmentUpdates {

	private static final Logger log = LoggerFactory.getLogger(AssessmentUpdates.class);

	private final PendingRepository pending;

	private final Recomputation recomputation;

	private final TransactionTemplate newTransaction;

	private final int threads;

	AssessmentUpdates(PendingRepository pending, Recomputation recomputation, PlatformTransactionManager transactions,
			@Value("${planwatch.assessment.recompute-threads:0}") int threads) {
		this.pending = pending;
		this.recomputation = recomputation;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}

	@EventListener
	void queue(MonitoringValuesChanged event) {
		pending.add(event.regionCode(), event.indicatorCodes());
	}

	@EventListener
	void queue(PlanPublished event) {
		pending.add(event.regionCode(), List.of(PendingRepository.ALL));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void afterCommit(MonitoringValuesChanged event) {
		tryProcess(event.regionCode());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void afterCommit(PlanPublished event) {
		tryProcess(event.regionCode());
	}

	@EventListener(ApplicationReadyEvent.class)
	void processQueued() {
		forEachRegion(pending.regions(), this::tryProcess);
	}

	/** Recomputes what is queued for each region; once all have run, throws the first failure (the failed stay queued). */
	void processAll(List<String> regionCodes) {
		forEachRegion(regionCodes, this::process);
	}

	/** Recomputes what is queued for the region, if anything; throws if the recompute fails (the queue keeps it). */
	void process(String regionCode) {
		newTransaction.executeWithoutResult(status -> {
			List<String> queued = pending.take(regionCode);
			if (!queued.isEmpty()) {
				Recomputation.Outcome outcome = recomputation.recompute(regionCode, queued);
				log.debug("Recomputed assessment of {} for {}: {}", regionCode, queued, outcome);
			}
		});
	}

	/**
	 * Runs the action for every region, {@code threads} regions at a time (by default one per processor), so
	 * that a province is not recomputed one region after another: each region is still recomputed in its own
	 * transaction, and the engine's computing overlaps the database's writing.
	 */
	private void forEachRegion(List<String> regionCodes, Consumer<String> action) {
		ExecutorService pool = Executors.newFixedThreadPool(threads, work -> new Thread(work, "assessment-recompute"));
		try {
			List<Future<?>> running = regionCodes.stream()
				.<Future<?>>map(region -> pool.submit(() -> action.accept(region)))
				.toList();
			RuntimeException failure = null;
			for (Future<?> region : running) {
				try {
					region.get();
				}
				catch (ExecutionException ex) {
					RuntimeException cause = ex.getCause() instanceof RuntimeException runtime ? runtime
							: new IllegalStateException(ex.getCause());
					if (failure == null) {
						failure = cause;
					}
					else {
						failure.addSuppressed(cause);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					pool.shutdownNow();
					throw new IllegalStateException("Interrupted while recomputing assessments", ex);
				}
			}
			if (failure != null) {
				throw failure;
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private void tryProcess(String regionCode) {
		try {
			process(regionCode);
		}
		catch (RuntimeException ex) {
			log.error("Recomputing the assessment of region {} failed; it stays queued", regionCode, ex);
		}
	}

}
