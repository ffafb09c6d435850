package cn.planwatch.report.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The templates shipped with PlanWatch, read from {@code report-templates/} on the classpath. */
public final class DefaultTemplates {

	static final String FOLDER = "/report-templates/";

	private DefaultTemplates() {
	}

	/** The default template of the kind, parsed. */
	public static WordingTemplate load(ReportKind kind) {
		return WordingTemplate.parse(kind.title(), text(kind));
	}

	/** The default template's text, e.g. for an office to download, edit and upload again. */
	public static String text(ReportKind kind) {
		String resource = FOLDER + kind.fileName();
		try (InputStream in = DefaultTemplates.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The default template " + resource + " is missing from the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + resource, e);
		}
	}

}
