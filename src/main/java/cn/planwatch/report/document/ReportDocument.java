package cn.planwatch.report.document;

import java.util.List;
import java.util.Objects;

/**
 * A report ready to be written: the title block shown at the top of the first page and the body.
 *
 * @param title the document title, centred in the heading face
 * @param subtitle a line under the title, or an empty string
 * @param metaLines lines under the subtitle such as 编制单位 and the date, centred
 * @param demo whether the content is demo data; every page then carries the 演示数据 marker
 * @param typesetting body and heading sizes: a dense report or an official notice
 * @param blocks the body, in reading order
 */
public record ReportDocument(String title, String subtitle, List<String> metaLines, boolean demo,
		Typesetting typesetting, List<Block> blocks) {

	public ReportDocument {
		Objects.requireNonNull(title, "title");
		subtitle = subtitle == null ? "" : subtitle;
		metaLines = List.copyOf(metaLines);
		Objects.requireNonNull(typesetting, "typesetting");
		blocks = List.copyOf(blocks);
	}

	/** A dense report: 12 pt body, the usual choice for monitoring and evaluation reports. */
	public ReportDocument(String title, String subtitle, List<String> metaLines, boolean demo, List<Block> blocks) {
		this(title, subtitle, metaLines, demo, Typesetting.REPORT, blocks);
	}

}
