/**
 * The statistical compendium (妇女儿童统计资料): the yearbook a statistics bureau hands out, every
 * indicator × year × breakdown for a region, and one year's figures for its sub-regions. An
 * immutable model ({@link cn.planwatch.report.compendium.Compendium} and its parts) and a
 * print-ready xlsx writer ({@link cn.planwatch.report.compendium.CompendiumWorkbook}). Plain Java
 * and Apache POI: no Spring, no database.
 */
package cn.planwatch.report.compendium;
