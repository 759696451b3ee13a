package io.parallax.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every failure inside Spring MVC, of pages and API alike, shown by {@link ErrorResponses}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FailureAdvice {

	private final Failures failures;

	private final ErrorResponses responses;

	FailureAdvice(Failures failures, ErrorResponses responses) {
		this.failures = failures;
		this.responses = responses;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return responses.show(request, response, failures.classify(ex, request));
	}

}
