package io.parallax.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * The one place that shows a failure: the site's error page for a person, an RFC 9457 problem (JSON) for the API
 * and for clients that ask for JSON. Titles and texts come from messages.properties by status; a detail is one of
 * Parallax's own sentences, never an exception's text.
 */
@Component
class ErrorResponses {

	private final MessageSource messages;

	ErrorResponses(MessageSource messages) {
		this.messages = messages;
	}

	/** Shows a classified failure, with the headers that go with it (Allow, Retry-After). */
	ModelAndView show(HttpServletRequest request, HttpServletResponse response, Failures.Failure failure) {
		failure.headers().forEach((name, values) -> values.forEach(value -> response.setHeader(name, value)));
		return render(request, failure.status(), failure.detail(), failure.properties());
	}

	/**
	 * @param detail a sentence for the user, or null for the status's own text
	 * @param properties extra members of the problem (for scripts), e.g. what was not found
	 */
	ModelAndView render(HttpServletRequest request, HttpStatus status, String detail, Map<String, Object> properties) {
		String title = text("error." + status.value() + ".title", status.is5xxServerError() ? "error.500.title"
				: "error.4xx.title");
		String text = detail != null ? detail : text("error." + status.value() + ".text",
				status.is5xxServerError() ? "error.500.text" : "error.4xx.text");
		if (wantsProblem(request)) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", title);
			problem.put("status", status.value());
			problem.put("detail", text);
			problem.put("instance", requestedPath(request));
			problem.putAll(properties);
			JacksonJsonView json = new JacksonJsonView();
			json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			// Only the problem, whatever else advice put in the model.
			json.setModelKey("problem");
			json.setExtractValueFromSingleKeyModel(true);
			ModelAndView view = new ModelAndView(json, "problem", problem);
			view.setStatus(status);
			return view;
		}
		// Not "title": the layout's fragment takes a parameter of that name.
		return new ModelAndView("error", Map.of("status", status.value(), "errorTitle", title, "errorText", text),
				status);
	}

	String text(String key, String fallbackKey, Object... args) {
		return messages.getMessage(key, args, null, Locale.ENGLISH) != null
				? messages.getMessage(key, args, Locale.ENGLISH) : messages.getMessage(fallbackKey, args, Locale.ENGLISH);
	}

	/** API paths answer problems; so do requests that ask for JSON and not for a page. */
	static boolean wantsProblem(HttpServletRequest request) {
		String path = requestedPath(request);
		if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json") && !accept.contains("html");
	}

	/** The path the client asked for, also when this is the error dispatch that followed it. */
	static String requestedPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String s ? s : request.getRequestURI();
		return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
	}

}
