package cn.planwatch.report.document;

/** No Chinese font could be found; the message tells the user, in Chinese, how to install one. */
public class MissingCjkFontException extends IllegalStateException {

	public MissingCjkFontException(String message) {
		super(message);
	}

}
