package cn.planwatch.shared;

/** Input a user gave cannot be accepted; the message is Chinese and names the field. */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
