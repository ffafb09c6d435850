package cn.planwatch.report.document;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Chinese fonts documents and charts are set in: a sans face (黑体-like: titles, headings, charts)
 * and a serif face (宋体-like: body text). Each is the first readable file of its list of usual
 * Linux, Windows and macOS locations; when only one kind is installed it serves for both.
 *
 * <p>The setting {@value #SETTING} (a system property, else an environment variable) names one font
 * file to use for everything instead — {@code /path/font.ttf}, or {@code /path/font.ttc,index} for
 * a collection. A setting that names no readable file is an error, not silently passed over.
 */
public final class CjkFonts {

	/** System property or environment variable naming the font file to use. */
	public static final String SETTING = "PLANWATCH_CJK_FONT";

	/** Sans faces, best first. Index 2 of the Noto CJK collections is Simplified Chinese. */
	static final List<FontFile> SANS_CANDIDATES = Stream
		.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
				"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
				"/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,2",
				"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
				"/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc,0",
				"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
				"C:/Windows/Fonts/simhei.ttf",
				"C:/Windows/Fonts/msyh.ttc,0",
				"/System/Library/Fonts/PingFang.ttc,0",
				"/System/Library/Fonts/STHeiti Light.ttc,0",
				"/Library/Fonts/Arial Unicode.ttf")
		.map(FontFile::parse)
		.toList();

	/** Serif faces, best first. */
	static final List<FontFile> SERIF_CANDIDATES = Stream
		.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
				"/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc,2",
				"/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc,2",
				"/usr/share/fonts/truetype/arphic/uming.ttc,0",
				"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
				"C:/Windows/Fonts/simsun.ttc,0",
				"/System/Library/Fonts/Supplemental/Songti.ttc,0",
				"/Library/Fonts/Songti.ttc,0")
		.map(FontFile::parse)
		.toList();

	static final String INSTALL_HINT = "请安装中文字体：sudo apt-get install fonts-noto-cjk fonts-wqy-zenhei"
			+ "（Windows、macOS 自带的宋体、黑体、苹方亦可），或将环境变量 " + SETTING
			+ " 设为字体文件的路径（.ttf 文件，或 .ttc 文件加“,序号”，例如 "
			+ "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2）。";

	private final FontFile sans;

	private final FontFile serif;

	private CjkFonts(FontFile sans, FontFile serif) {
		this.sans = sans;
		this.serif = serif;
	}

	/** The fonts of this machine, honouring {@value #SETTING}. */
	public static CjkFonts locate() {
		String setting = System.getProperty(SETTING, System.getenv(SETTING));
		return locate(setting, SANS_CANDIDATES, SERIF_CANDIDATES);
	}

	/**
	 * The fonts named by a setting (may be {@code null} or blank), else the first readable candidates.
	 *
	 * @throws MissingCjkFontException when the setting names no readable file, or no candidate is readable
	 */
	static CjkFonts locate(String setting, List<FontFile> sansCandidates, List<FontFile> serifCandidates) {
		if (setting != null && !setting.isBlank()) {
			FontFile chosen = FontFile.parse(setting);
			if (!chosen.isReadable()) {
				throw new MissingCjkFontException(
						SETTING + " 指定的字体文件不存在或无法读取：" + chosen.path() + "。" + INSTALL_HINT);
			}
			return new CjkFonts(chosen, chosen);
		}
		Optional<FontFile> sans = firstReadable(sansCandidates);
		Optional<FontFile> serif = firstReadable(serifCandidates);
		if (sans.isEmpty() && serif.isEmpty()) {
			String searched = Stream.concat(sansCandidates.stream(), serifCandidates.stream())
				.map(FontFile::pdfName)
				.collect(Collectors.joining("，"));
			throw new MissingCjkFontException("未找到中文字体，无法生成含中文的报告和图表。" + INSTALL_HINT
					+ (searched.isEmpty() ? "" : "已查找：" + searched + "。"));
		}
		return new CjkFonts(sans.orElseGet(serif::get), serif.orElseGet(sans::get));
	}

	private static Optional<FontFile> firstReadable(List<FontFile> candidates) {
		return candidates.stream().filter(FontFile::isReadable).findFirst();
	}

	/** The sans face: titles, headings, table headers, charts. */
	public FontFile sans() {
		return sans;
	}

	/** The serif face: body text and table cells. */
	public FontFile serif() {
		return serif;
	}

}
