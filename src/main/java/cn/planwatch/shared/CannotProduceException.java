package cn.planwatch.shared;

/**
 * A document or result cannot be produced for a reason an administrator or office can fix — no CJK
 * font installed, an error in an edited wording template, no assessment results yet for what it would
 * report on. The message is Chinese, for users, and says what to do.
 */
public class CannotProduceException extends RuntimeException {

	public CannotProduceException(String message, Throwable cause) {
		super(message, cause);
	}

	public CannotProduceException(String message) {
		super(message);
	}

}
