package io.parallax.system;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a failure means for the one who made the request: its status, a sentence of Parallax's own, and the headers
 * that go with it (Allow for a wrong method, Retry-After while the database is away). Anything unforeseen is a 500,
 * logged in full here and shown to no one.
 */
@Component
class Failures {

	private static final Logger log = LoggerFactory.getLogger(Failures.class);

	static final String RETRY_AFTER_SECONDS = "5";

	private final ErrorResponses responses;

	Failures(ErrorResponses responses) {
		this.responses = responses;
	}

	record Failure(HttpStatus status, String detail, Map<String, Object> properties, HttpHeaders headers) {

		static Failure of(HttpStatus status) {
			return new Failure(status, null, Map.of(), HttpHeaders.EMPTY);
		}

	}

	Failure classify(Throwable failure, HttpServletRequest request) {
		if (failure instanceof NotFoundException notFound) {
			// A script is told what was not found; a person gets the page's own words.
			String detail = ErrorResponses.wantsProblem(request) ? notFound.getMessage() : null;
			return new Failure(HttpStatus.NOT_FOUND, detail, Map.of("kind", notFound.getKind(), "key", notFound.getKey()),
					HttpHeaders.EMPTY);
		}
		if (failure instanceof MethodArgumentTypeMismatchException mismatch) {
			return mismatch(mismatch, request);
		}
		if (failure instanceof MaxUploadSizeExceededException || isTooLarge(failure)) {
			return Failure.of(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		if (ConnectionLoss.isCause(failure)) {
			log.warn("database unreachable; answering 503: {}", failure.toString());
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			return new Failure(HttpStatus.SERVICE_UNAVAILABLE, null, Map.of(), headers);
		}
		if (failure instanceof ErrorResponse response && !response.getStatusCode().is5xxServerError()) {
			HttpStatus status = HttpStatus.valueOf(response.getStatusCode().value());
			// a reason the application gave ("?size=0": a page holds 1 to 500) is the client's to read
			String reason = failure instanceof ResponseStatusException refused ? refused.getReason() : null;
			return new Failure(status, reason, Map.of(), response.getHeaders());
		}
		log.error("request {} {} failed", request.getMethod(), ErrorResponses.requestedPath(request), failure);
		return Failure.of(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	/** A malformed value: 400 for a parameter ({@code ?sentences=x}); a page addressed by a bad id is not there. */
	private Failure mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
		boolean pathPart = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
		if (pathPart && !ErrorResponses.wantsProblem(request)) {
			return Failure.of(HttpStatus.NOT_FOUND);
		}
		String value = String.valueOf(mismatch.getValue());
		String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
		return new Failure(HttpStatus.BAD_REQUEST, parameterDetail(mismatch, value, shown),
				Map.of("parameter", mismatch.getName()), HttpHeaders.EMPTY);
	}

	/** What is wrong with the value, in words: the names a choice takes, a number too large, the kind expected. */
	private String parameterDetail(MethodArgumentTypeMismatchException mismatch, String value, String shown) {
		Class<?> type = mismatch.getRequiredType();
		if (type != null && type.isEnum()) {
			String names = String.join(", ", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
			return responses.text("error.parameter.oneOf", "error.parameter", mismatch.getName(), shown, names);
		}
		String key = value.matches("-?\\d{10,}") ? "error.parameter.tooLarge" : "error.parameter." + typeName(type);
		return responses.text(key, "error.parameter", mismatch.getName(), shown);
	}

	private static String typeName(Class<?> type) {
		if (type == null) {
			return "value";
		}
		return Number.class.isAssignableFrom(type) || type == int.class || type == long.class ? "number" : "value";
	}

	/** Tomcat's own limits on a multipart request come wrapped in a MultipartException. */
	private static boolean isTooLarge(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof MultipartException && t.getCause() != null
					&& t.getCause().getClass().getSimpleName().contains("SizeLimitExceeded")) {
				return true;
			}
			if (t.getClass().getSimpleName().contains("SizeLimitExceeded")) {
				return true;
			}
		}
		return false;
	}

}
