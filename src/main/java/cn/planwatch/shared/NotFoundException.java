package cn.planwatch.shared;

/** Something asked for does not exist (or is not visible to the caller); the message is Chinese, for users. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
