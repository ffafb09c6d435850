package cn.planwatch.assessment;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	AssessmentUpdates(PendingRepository pending, Recomputation recomputation, PlatformTransactionManager transactions) {
		this.pending = pending;
		this.recomputation = recomputation;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
		for (String region : pending.regions()) {
			tryProcess(region);
		}
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

	private void tryProcess(String regionCode) {
		try {
			process(regionCode);
		}
		catch (RuntimeException ex) {
			log.error("Recomputing the assessment of region {} failed; it stays queued", regionCode, ex);
		}
	}

}
