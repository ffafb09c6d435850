/**
 * The document layer of reports: a small immutable model of a report ({@link ReportDocument} made of
 * {@link Block}s) and the writers that turn it into an editable Word file ({@link DocxWriter}), a
 * print-ready PDF ({@link PdfWriter}) and chart images ({@link ChartRenderer}).
 *
 * <p>Plain Java: no Spring, no database. The report module fills the model from assessment results
 * (annual monitoring report, warning notices, mid-term and final evaluations); this package only lays
 * it out as a Chinese official document — A4, GB/T 9704 margins, a sans (黑体-like) title and
 * headings, a serif (宋体-like) body, page numbers, repeated table headers and a 演示数据 marker for
 * demo data. Chinese text needs a CJK font on the machine, found by {@link CjkFonts}.
 */
package cn.planwatch.report.document;
