package cn.planwatch.report.document;

/**
 * Type sizes in points. {@link #REPORT} suits reports dense with tables and charts (body 小四, 12 pt);
 * {@link #NOTICE} follows GB/T 9704 for official notices such as 预警通报 (body 三号, 16 pt).
 */
public enum Typesetting {

	/** Body 12 pt (小四), headings 16/14/12 pt, tables 10.5 pt (五号), title 22 pt (二号). */
	REPORT(12, 16, 14, 12, 10.5f, 22, 1.5f),

	/** Body 16 pt (三号), headings 16 pt, tables 12 pt (小四), title 22 pt (二号). */
	NOTICE(16, 16, 16, 16, 12, 22, 1.45f);

	private final float body;

	private final float heading1;

	private final float heading2;

	private final float heading3;

	private final float table;

	private final float title;

	private final float lineSpacing;

	Typesetting(float body, float heading1, float heading2, float heading3, float table, float title,
			float lineSpacing) {
		this.body = body;
		this.heading1 = heading1;
		this.heading2 = heading2;
		this.heading3 = heading3;
		this.table = table;
		this.title = title;
		this.lineSpacing = lineSpacing;
	}

	public float body() {
		return body;
	}

	/** The size of a heading of level 1, 2 or 3. */
	public float heading(int level) {
		return switch (level) {
			case 1 -> heading1;
			case 2 -> heading2;
			default -> heading3;
		};
	}

	public float table() {
		return table;
	}

	public float title() {
		return title;
	}

	public float subtitle() {
		return heading1;
	}

	/** Line height as a multiple of the font size. */
	public float lineSpacing() {
		return lineSpacing;
	}

	/** Captions, meta lines and header/footer text: one step under the table size. */
	public float small() {
		return table;
	}

}
