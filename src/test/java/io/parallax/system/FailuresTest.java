package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The failures no request in the test suite can provoke on purpose: a fault of Parallax's own is a 500 that shows
 * nothing of it, a database that cannot be reached is a 503 that says when to come back.
 */
class FailuresTest {

	private final ErrorResponses responses = new ErrorResponses(messages());

	private final Failures failures = new Failures(responses);

	@Test
	void aFaultIsA500ThatShowsNothingOfIt() {
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/stories/x");
		Failures.Failure failure = failures.classify(new IllegalStateException("secret table name"), page);
		assertThat(failure.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		ModelAndView shown = responses.render(page, failure.status(), failure.detail(), failure.properties());
		assertThat(shown.getViewName()).isEqualTo("error");
		assertThat(shown.getModel()).containsEntry("errorTitle", "Something went wrong")
			.containsEntry("status", 500).doesNotContainValue("secret table name");
		assertThat(shown.getModel().toString()).doesNotContain("secret").doesNotContain("IllegalState");
	}

	@Test
	void aDatabaseOutOfReachIsA503WithRetryAfter() {
		MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/stories");
		for (Exception lost : new Exception[] {
				new CannotCreateTransactionException("no connection", new ConnectException("refused")),
				new CannotGetJdbcConnectionException("pool", new SQLException("gone", "08006")),
				new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")),
				new org.springframework.orm.jpa.JpaSystemException(new RuntimeException("Unable to rollback",
						new SQLException("Connection is closed"))) }) {
			Failures.Failure failure = failures.classify(lost, api);
			assertThat(failure.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(failure.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
		}
		ModelAndView problem = responses.render(api, HttpStatus.SERVICE_UNAVAILABLE, null, java.util.Map.of());
		assertThat(problem.getModel().get("problem").toString()).contains("title=Back in a moment")
			.contains("status=503").contains("instance=/api/stories");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

}
