package cn.planwatch.report.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A font file on this machine and, for a collection (.ttc), the index of the face to use.
 *
 * @param index the face in a collection; 0 for a single font
 */
public record FontFile(Path path, int index) {

	private static final Map<FontFile, Font> AWT_FONTS = new ConcurrentHashMap<>();

	public FontFile {
		if (index < 0) {
			throw new IllegalArgumentException("negative font index: " + index);
		}
	}

	/** Reads {@code /path/font.ttc,2} or {@code /path/font.ttf}. */
	public static FontFile parse(String spec) {
		int comma = spec.lastIndexOf(',');
		if (comma > 0 && spec.substring(comma + 1).trim().matches("\\d+")) {
			return new FontFile(Path.of(spec.substring(0, comma).trim()),
					Integer.parseInt(spec.substring(comma + 1).trim()));
		}
		return new FontFile(Path.of(spec.trim()), 0);
	}

	public boolean isReadable() {
		return Files.isRegularFile(path) && Files.isReadable(path);
	}

	boolean isCollection() {
		return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
	}

	/** The name OpenPDF's {@code BaseFont.createFont} takes: the path, with {@code ,index} for a collection. */
	public String pdfName() {
		return isCollection() ? path + "," + index : path.toString();
	}

	/** The face as an AWT font of the given style and size, for charts; the file is read once. */
	public Font awtFont(int style, float size) {
		return AWT_FONTS.computeIfAbsent(this, FontFile::load).deriveFont(style, size);
	}

	private static Font load(FontFile file) {
		try {
			Font[] faces = Font.createFonts(file.path().toFile());
			if (file.index() >= faces.length) {
				throw new IllegalArgumentException(
						file.path() + " holds " + faces.length + " faces, no index " + file.index());
			}
			return faces[file.index()];
		}
		catch (FontFormatException ex) {
			throw new IllegalArgumentException("not a usable font: " + file.path(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return pdfName();
	}

}
