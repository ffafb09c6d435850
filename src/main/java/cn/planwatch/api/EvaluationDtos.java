package cn.planwatch.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the evaluation API. */
final class EvaluationDtos {

	private EvaluationDtos() {
	}

	@Schema(description = "中期评估或终期评估")
	record EvaluationDto(long id, long planId, String planTitle, String regionCode,
			@Schema(description = "MID_TERM（中期评估）或 FINAL（终期评估）") String kind,
			@Schema(description = "自评所依据的数据年度") int assessmentYear,
			@Schema(description = "自评报告截止日期") LocalDate deadline,
			@Schema(description = "OPEN, UNDER_REVIEW, SUBMITTED_FOR_APPROVAL, APPROVED, RETURNED") String status,
			@Schema(description = "状态的中文名称") String statusLabel, String note,
			@Schema(description = "领导小组最近一次退回的原因") String returnReason, String openedBy, OffsetDateTime openedAt,
			@Schema(description = "各牵头单位的自评情况；列表中省略") List<DepartmentStatusDto> departments) {
	}

	@Schema(description = "一个牵头单位在评估中的自评情况")
	record DepartmentStatusDto(long selfAssessmentId, long departmentId, String departmentName,
			@Schema(description = "DRAFT, SUBMITTED, RETURNED, ACCEPTED") String status, String statusLabel,
			@Schema(description = "已填写（有结论和完成情况）的目标数") int filledEntries, int entries, BigDecimal score,
			OffsetDateTime submittedAt) {
	}

	@Schema(description = "成员单位的自评报告")
	record SelfAssessmentDto(long id, long evaluationId, long departmentId, String departmentName,
			@Schema(description = "DRAFT, SUBMITTED, RETURNED, ACCEPTED") String status, String summary,
			String returnReason, @Schema(description = "评估组评分（0—100）") BigDecimal score, String reviewComment,
			@Schema(description = "版本号：保存时原样带回，用于防止覆盖他人的修改") int version, String updatedBy,
			OffsetDateTime updatedAt, List<EntryDto> entries) {
	}

	@Schema(description = "自评条目：本单位牵头的一项目标")
	record EntryDto(long targetId, String indicatorCode, String indicatorName, String areaName, int goalNumber,
			@Schema(description = "目标方向，如 AT_LEAST、AT_MOST、INCREASE") String direction, BigDecimal targetValue,
			String unit,
			@Schema(description = "ACHIEVED（已实现）、MOSTLY_ACHIEVED（基本实现）、NOT_ACHIEVED（未实现）、CANNOT_ASSESS（无法评估）") String conclusion,
			@Schema(description = "完成情况") String progress, @Schema(description = "主要措施") String measures,
			@Schema(description = "存在问题") String problems, @Schema(description = "下一步打算") String nextSteps,
			BigDecimal score, String reviewComment, List<AttachmentDto> attachments) {
	}

	@Schema(description = "佐证材料（下载：/evaluation-attachments/{id}）")
	record AttachmentDto(long id, String fileName, String contentType, int size) {
	}

	@Schema(description = "保存自评报告（草稿）")
	record SelfAssessmentInputDto(
			@Schema(description = "读取时的版本号", requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
			@Schema(description = "总体自评") String summary,
			@Schema(description = "要修改的条目；未列出的条目保持不变") List<EntryInputDto> entries) {
	}

	record EntryInputDto(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long targetId,
			@Schema(description = "ACHIEVED、MOSTLY_ACHIEVED、NOT_ACHIEVED 或 CANNOT_ASSESS") String conclusion,
			String progress, String measures, String problems, String nextSteps) {
	}

}
