package cn.planwatch.assessment.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Types;

/**
 * Rows in PostgreSQL's binary COPY format ({@code copy … from stdin (format binary)}): numbers go as their
 * bytes, so neither side prints or parses them — printing doubles as text took a fifth of the time of
 * writing a region's results. Each field is its length and bytes, -1 for null; a {@link Types#OTHER}
 * column is jsonb, sent as version 1 and the JSON text.
 */
final class CopyBinary implements AutoCloseable {

	private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

	private final DataOutputStream out;

	CopyBinary(OutputStream copy) throws IOException {
		out = new DataOutputStream(copy);
		out.write(SIGNATURE);
		out.writeInt(0); // flags
		out.writeInt(0); // header extension length
	}

	/** Starts a row of so many fields, which follow. */
	void row(int fields) throws IOException {
		out.writeShort(fields);
	}

	/** A field of the row: its value and its {@link Types} type. */
	void field(Object value, int type) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		switch (type) {
			case Types.BIGINT -> {
				out.writeInt(8);
				out.writeLong(((Number) value).longValue());
			}
			case Types.INTEGER -> {
				out.writeInt(4);
				out.writeInt(((Number) value).intValue());
			}
			case Types.DOUBLE -> {
				out.writeInt(8);
				out.writeDouble((Double) value);
			}
			case Types.BOOLEAN -> {
				out.writeInt(1);
				out.writeBoolean((Boolean) value);
			}
			case Types.OTHER -> {
				byte[] json = ((String) value).getBytes(StandardCharsets.UTF_8);
				out.writeInt(json.length + 1);
				out.writeByte(1);
				out.write(json);
			}
			default -> {
				byte[] text = ((String) value).getBytes(StandardCharsets.UTF_8);
				out.writeInt(text.length);
				out.write(text);
			}
		}
	}

	/** Ends the data and the COPY. */
	@Override
	public void close() throws IOException {
		out.writeShort(-1);
		out.close();
	}

}
