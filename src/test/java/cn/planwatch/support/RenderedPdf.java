package cn.planwatch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * A PDF page rendered to PNG by poppler's pdftoppm (installed by .ci/run), kept next to the PDF so a
 * reviewer can look at it, and checked for ink.
 */
public record RenderedPdf(Path png, BufferedImage image) {

	public static RenderedPdf firstPage(Path pdf) throws IOException, InterruptedException {
		String base = pdf.toString().replaceAll("\\.pdf$", "");
		Process process = new ProcessBuilder("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile",
				pdf.toString(), base).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm finished").isTrue();
		assertThat(process.exitValue()).as("pdftoppm exit code: " + new String(process.getInputStream().readAllBytes()))
			.isZero();
		Path png = Path.of(base + ".png");
		assertThat(png).exists();
		return new RenderedPdf(png, ImageIO.read(Files.newInputStream(png)));
	}

	/** Some dark pixels: the page is not blank. */
	public void assertNotBlank() {
		long dark = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
				if (grey < 128) {
					dark++;
				}
			}
		}
		assertThat(dark).as("dark pixels on " + png).isGreaterThan(500);
	}

}
