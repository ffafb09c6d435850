package cn.planwatch.collection;

/** Someone else changed the value since the user loaded it; the message says who and when, in Chinese. */
public class ValueConflictException extends RuntimeException {

	public ValueConflictException(String message) {
		super(message);
	}

}
