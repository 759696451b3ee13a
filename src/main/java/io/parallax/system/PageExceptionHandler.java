package io.parallax.system;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures of the pages as friendly pages. The API has its own handler, which takes precedence for its
 * controllers.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class,
			MethodArgumentTypeMismatchException.class })
	ModelAndView notFound() {
		return errorPage(HttpStatus.NOT_FOUND);
	}

	/** Spring MVC's own failures (wrong method, bad parameter) carry their status; anything else is our fault. */
	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		if (ex instanceof ErrorResponse response && !response.getStatusCode().is5xxServerError()) {
			return errorPage(response.getStatusCode());
		}
		log.error("page failed", ex);
		return errorPage(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static ModelAndView errorPage(HttpStatusCode status) {
		return new ModelAndView("error", Map.of("status", status.value()), status);
	}

}
