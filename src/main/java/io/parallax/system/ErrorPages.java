package io.parallax.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error dispatch: failures outside Spring MVC (a login refused by the security filters, a request the server
 * rejects, a wrong method before any controller) reach {@code /error}, and are shown as the site's page or a
 * problem like every other failure. {@code /error} asked for directly is a page that is not there.
 */
@Controller
class ErrorPages implements ErrorController {

	/** Set by a filter that refuses a request, to say why in Parallax's own words. */
	static final String DETAIL = ErrorPages.class.getName() + ".detail";

	private final Failures failures;

	private final ErrorResponses responses;

	ErrorPages(Failures failures, ErrorResponses responses) {
		this.failures = failures;
		this.responses = responses;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable thrown) {
			return responses.show(request, response, failures.classify(thrown, request));
		}
		HttpStatus status = statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
		Object detail = request.getAttribute(DETAIL);
		return responses.render(request, status, detail instanceof String s ? s : null, java.util.Map.of());
	}

	private static HttpStatus statusOf(Object code) {
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null || status.value() < 400 ? HttpStatus.NOT_FOUND : status;
	}

}
