/**
 * The plan-document parser behind {@link cn.planwatch.extraction.PlanDocumentExtractor}: plain Java
 * (java.* and the extraction module's result records only — no Spring, no JDBC, no JSON library).
 * Text is cleaned ({@link cn.planwatch.extraction.parser.TextCleaner}), split into plans
 * ({@link cn.planwatch.extraction.parser.PlanSplitter}), areas
 * ({@link cn.planwatch.extraction.parser.AreaHeadings}) and numbered goals
 * ({@link cn.planwatch.extraction.parser.GoalSplitter}); each goal's clauses are read for numeric and
 * directional targets ({@link cn.planwatch.extraction.parser.TargetReader}); strategy text and the
 * monitoring parts are read by their own readers. Patterns work on a width-folded copy of the text
 * of equal length ({@link cn.planwatch.extraction.parser.WidthFolder}), so every span is cut from the
 * verbatim text.
 */
package cn.planwatch.extraction.parser;
