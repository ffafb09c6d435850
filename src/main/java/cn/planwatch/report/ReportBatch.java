package cn.planwatch.report;

import java.time.OffsetDateTime;

/**
 * A batch of reports for the sub-regions of a region and a year: where it stands ({@code done} of
 * {@code total} documents, the one being written), and once finished the zip's name and size, or
 * the error that stopped it.
 */
public record ReportBatch(long id, String regionCode, int year, String requestedBy, Status status, int done, int total,
		String currentItem, String fileName, int size, String error, OffsetDateTime createdAt, OffsetDateTime finishedAt) {

	public enum Status {

		QUEUED("排队中"), RUNNING("生成中"), DONE("已完成"), FAILED("失败");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public boolean isFinished() {
		return status == Status.DONE || status == Status.FAILED;
	}

	/** Progress in percent, 0–100. */
	public int percent() {
		return total == 0 ? (isFinished() ? 100 : 0) : done * 100 / total;
	}

}
