package cn.planwatch.extraction;

/** A document that cannot be read as a plan notice; the message is Chinese and names the file. */
public class DocumentException extends RuntimeException {

	public DocumentException(String message) {
		super(message);
	}

	public DocumentException(String message, Throwable cause) {
		super(message, cause);
	}

}
