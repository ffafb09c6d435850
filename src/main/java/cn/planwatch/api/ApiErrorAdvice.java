package cn.planwatch.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/** Errors of the API as RFC 9457 problem details with a Chinese explanation. */
@RestControllerAdvice(basePackageClasses = ApiErrorAdvice.class)
class ApiErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "未找到", ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		log.info("API access denied: {}", ex.getMessage());
		return problem(HttpStatus.FORBIDDEN, "无权访问", ex.getMessage());
	}

	@ExceptionHandler(cn.planwatch.shared.CannotProduceException.class)
	ProblemDetail cannotProduce(cn.planwatch.shared.CannotProduceException ex) {
		log.warn("API cannot produce a document: {}", ex.getMessage(), ex.getCause());
		return problem(HttpStatus.UNPROCESSABLE_ENTITY, "无法生成", ex.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", ex.getMessage());
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		log.info("Unreadable API request body: {}", ex.getMessage());
		return problem(HttpStatus.BAD_REQUEST, "请求内容无法解析", "请求体不是有效的 JSON，或字段类型不符。");
	}

	/** A problem detail with a Chinese title and explanation. */
	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
