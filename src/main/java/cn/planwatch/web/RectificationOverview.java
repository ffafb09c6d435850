package cn.planwatch.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import cn.planwatch.assessment.Rectification;
import cn.planwatch.assessment.RectificationStatus;

/**
 * The rectification items still open in a region and below: how many, how many overdue or waiting
 * to be closed, and the open ones — overdue first, then by the date an answer is due.
 */
public record RectificationOverview(List<Rectification> open, long overdue, long awaitingClose, LocalDate today) {

	static RectificationOverview of(List<Rectification> items, LocalDate today) {
		List<Rectification> open = items.stream()
			.filter(Rectification::isOpen)
			.sorted(Comparator.comparing((Rectification i) -> !i.isOverdue(today)).thenComparing(Rectification::answerDue))
			.toList();
		return new RectificationOverview(open, open.stream().filter(i -> i.isOverdue(today)).count(),
				open.stream().filter(i -> i.status() == RectificationStatus.ANSWERED).count(), today);
	}

	public boolean isEmpty() {
		return open.isEmpty();
	}

	/** The first {@code n} open items, for the cockpit. */
	public List<Rectification> first(int n) {
		return open.subList(0, Math.min(n, open.size()));
	}

}
