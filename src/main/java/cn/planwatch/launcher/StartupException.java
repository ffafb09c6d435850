package cn.planwatch.launcher;

/** A start-up problem the user can fix; its message is Chinese and is printed without a stack trace. */
public class StartupException extends RuntimeException {

	public StartupException(String message) {
		super(message);
	}

	public StartupException(String message, Throwable cause) {
		super(message, cause);
	}

}
