package cn.planwatch.report.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word styles every document gets, so that a user who edits the file keeps its look and Word's
 * navigation pane and table of contents see the headings: Normal (serif body, first line indented by
 * two characters), Title, Subtitle, heading 1–3 (built-in names, outline levels 0–2), Caption,
 * and table text and table header styles.
 *
 * <p>宋体 and 黑体 are not on Linux machines, so the styles name the Noto CJK faces; Word on Windows
 * substitutes its own Chinese fonts for them when they are not installed.
 */
final class DocxStyles {

	static final String SERIF = "Noto Serif CJK SC";

	static final String SANS = "Noto Sans CJK SC";

	static final String NORMAL = "Normal";

	static final String TITLE = "Title";

	static final String SUBTITLE = "Subtitle";

	static final String META = "DocumentMeta";

	static final String CAPTION = "Caption";

	static final String TABLE_TEXT = "TableText";

	static final String TABLE_HEADER = "TableHeader";

	static final String FIGURE = "Figure";

	static final String MARGIN_TEXT = "MarginText";

	private DocxStyles() {
	}

	static String heading(int level) {
		return "Heading" + level;
	}

	static void create(XWPFDocument document, Typesetting sizes) {
		XWPFStyles styles = document.createStyles();
		CTStyles ctStyles = CTStyles.Factory.newInstance();
		defaults(ctStyles.addNewDocDefaults(), sizes);
		styles.setStyles(ctStyles);
		float lineSpacing = sizes.lineSpacing();
		add(styles, paragraphStyle(NORMAL, "Normal", null, SERIF, sizes.body(), false, STJc.BOTH, 2, lineSpacing, 0, 0));
		add(styles, paragraphStyle(TITLE, "Title", NORMAL, SANS, sizes.title(), false, STJc.CENTER, 0, 1.3f, 0,
				sizes.body() * 0.6f));
		add(styles, paragraphStyle(SUBTITLE, "Subtitle", NORMAL, SERIF, sizes.subtitle(), false, STJc.CENTER, 0,
				lineSpacing, 0, 0));
		add(styles, paragraphStyle(META, "Document Meta", NORMAL, SERIF, sizes.body(), false, STJc.CENTER, 0,
				lineSpacing, 0, 0));
		for (int level = 1; level <= 3; level++) {
			CTStyle heading = paragraphStyle(heading(level), "heading " + level, NORMAL, level == 1 ? SANS : SERIF,
					sizes.heading(level), level > 1, STJc.LEFT, 2, lineSpacing,
					sizes.body() * (level == 1 ? 0.8f : 0.4f), sizes.body() * 0.3f);
			heading.getPPr().addNewKeepNext();
			heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
			add(styles, heading);
		}
		CTStyle caption = paragraphStyle(CAPTION, "caption", NORMAL, SANS, sizes.table(), false, STJc.CENTER, 0,
				1.3f, sizes.body() * 0.4f, sizes.body() * 0.2f);
		add(styles, caption);
		add(styles, paragraphStyle(TABLE_TEXT, "Table Text", NORMAL, SERIF, sizes.table(), false, STJc.CENTER, 0,
				1.15f, 0, 0));
		add(styles, paragraphStyle(TABLE_HEADER, "Table Header", TABLE_TEXT, SANS, sizes.table(), false,
				STJc.CENTER, 0, 1.15f, 0, 0));
		CTStyle figure = paragraphStyle(FIGURE, "Figure", NORMAL, SERIF, sizes.body(), false, STJc.CENTER, 0, 1f,
				sizes.body() * 0.5f, 0);
		figure.getPPr().addNewKeepNext();
		add(styles, figure);
		add(styles, paragraphStyle(MARGIN_TEXT, "Margin Text", NORMAL, SANS, sizes.small(), false, STJc.CENTER, 0,
				1f, 0, 0));
	}

	private static void defaults(CTDocDefaults defaults, Typesetting sizes) {
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		fonts(run.addNewRFonts(), SERIF);
		run.addNewSz().setVal(halfPoints(sizes.body()));
		run.addNewSzCs().setVal(halfPoints(sizes.body()));
		run.addNewLang().setVal("zh-CN");
		run.getLangArray(0).setEastAsia("zh-CN");
		defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
	}

	/**
	 * A paragraph style; {@code indentChars} is the first-line indent in characters, spacing before and
	 * after in points.
	 */
	private static CTStyle paragraphStyle(String id, String name, String basedOn, String font, float size,
			boolean bold, STJc.Enum alignment, int indentChars, float lineSpacing, float before, float after) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
		}
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewJc().setVal(alignment);
		var indent = paragraph.addNewInd();
		indent.setFirstLineChars(BigInteger.valueOf(indentChars * 100L));
		indent.setFirstLine(BigInteger.valueOf(Math.round(indentChars * size * 20)));
		var spacing = paragraph.addNewSpacing();
		spacing.setLine(BigInteger.valueOf(Math.round(lineSpacing * 240)));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		spacing.setBefore(BigInteger.valueOf(Math.round(before * 20)));
		spacing.setAfter(BigInteger.valueOf(Math.round(after * 20)));
		CTRPr run = style.addNewRPr();
		fonts(run.addNewRFonts(), font);
		if (bold) {
			run.addNewB();
		}
		run.addNewSz().setVal(halfPoints(size));
		run.addNewSzCs().setVal(halfPoints(size));
		return style;
	}

	private static void fonts(CTFonts fonts, String name) {
		fonts.setAscii(name);
		fonts.setHAnsi(name);
		fonts.setEastAsia(name);
		fonts.setCs(name);
	}

	static BigInteger halfPoints(float points) {
		return BigInteger.valueOf(Math.round(points * 2));
	}

	private static void add(XWPFStyles styles, CTStyle style) {
		styles.addStyle(new XWPFStyle(style));
	}

}
