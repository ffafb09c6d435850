package cn.planwatch.assessment;

import java.time.OffsetDateTime;

/** One audited step of a rectification item: who, when, what (下发, 报送, 退回, 销号), the status change and the text. */
public record RectificationStep(OffsetDateTime at, String byUser, String action, RectificationStatus oldStatus,
		RectificationStatus newStatus, String text) {

	public String actionLabel() {
		return switch (action) {
			case "ISSUE" -> "下发";
			case "ANSWER" -> "报送整改措施";
			case "RETURN" -> "退回";
			case "CLOSE" -> "销号";
			default -> action;
		};
	}

}
