package cn.planwatch.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/** Turns the modules' exceptions into Chinese error pages for the web UI. */
@ControllerAdvice(basePackageClasses = WebErrorAdvice.class)
class WebErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(WebErrorAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex, Model model) {
		return page(model, 404, "未找到", ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied(AccessDeniedException ex, Model model) {
		log.info("Access denied: {}", ex.getMessage());
		return page(model, 403, "无权访问", ex.getMessage());
	}

	@ExceptionHandler(cn.planwatch.shared.CannotProduceException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
	String cannotProduce(cn.planwatch.shared.CannotProduceException ex, Model model) {
		log.warn("Cannot produce a document: {}", ex.getMessage(), ex.getCause());
		return page(model, 422, "无法生成", ex.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInputException ex, Model model) {
		return page(model, 400, "输入有误", ex.getMessage());
	}

	/**
	 * A full error page; for an htmx request, an alert shown in the page's message area instead
	 * (planwatch.js lets htmx swap error responses that name a target).
	 */
	private static String page(Model model, int status, String title, String message) {
		model.addAttribute("status", status);
		model.addAttribute("title", title);
		model.addAttribute("message", message);
		ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
		if (attributes != null && "true".equals(attributes.getRequest().getHeader("HX-Request"))
				&& attributes.getResponse() != null) {
			attributes.getResponse().setHeader("HX-Retarget", "#pw-messages");
			attributes.getResponse().setHeader("HX-Reswap", "innerHTML");
			return "fragments/alert :: alert";
		}
		return "error/problem";
	}

}
