package cn.planwatch.report.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Keeps generated files under target/report-samples for a reviewer, and reads pixels back. */
final class ReportSamples {

	static final Path DIRECTORY = Path.of("target", "report-samples");

	private ReportSamples() {
	}

	static Path save(String name, byte[] content) {
		try {
			Files.createDirectories(DIRECTORY);
			return Files.write(DIRECTORY.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedImage image(byte[] png) {
		try {
			return ImageIO.read(new ByteArrayInputStream(png));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedImage image(Path png) {
		try {
			return ImageIO.read(png.toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Pixels within a small distance of a colour, in a region (x, y, width, height). */
	static long pixelsNear(BufferedImage image, Color colour, int x0, int y0, int width, int height) {
		long count = 0;
		for (int y = y0; y < Math.min(image.getHeight(), y0 + height); y++) {
			for (int x = x0; x < Math.min(image.getWidth(), x0 + width); x++) {
				Color pixel = new Color(image.getRGB(x, y));
				int distance = Math.abs(pixel.getRed() - colour.getRed()) + Math.abs(pixel.getGreen() - colour.getGreen())
						+ Math.abs(pixel.getBlue() - colour.getBlue());
				if (distance <= 30) {
					count++;
				}
			}
		}
		return count;
	}

	static long pixelsNear(BufferedImage image, Color colour) {
		return pixelsNear(image, colour, 0, 0, image.getWidth(), image.getHeight());
	}

	/** Pixels that are clearly not white, in a region. */
	static long darkPixels(BufferedImage image, int x0, int y0, int width, int height) {
		long count = 0;
		for (int y = y0; y < Math.min(image.getHeight(), y0 + height); y++) {
			for (int x = x0; x < Math.min(image.getWidth(), x0 + width); x++) {
				Color pixel = new Color(image.getRGB(x, y));
				if (pixel.getRed() + pixel.getGreen() + pixel.getBlue() < 3 * 160) {
					count++;
				}
			}
		}
		return count;
	}

}
