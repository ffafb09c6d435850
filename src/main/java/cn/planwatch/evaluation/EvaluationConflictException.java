package cn.planwatch.evaluation;

/** Someone else changed the self-assessment or evaluation since the user loaded it; the message is Chinese. */
public class EvaluationConflictException extends RuntimeException {

	public EvaluationConflictException(String message) {
		super(message);
	}

}
