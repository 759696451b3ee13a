package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginAttemptsTest {

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	private static AuthenticationFailureBadCredentialsEvent failure(String name) {
		return new AuthenticationFailureBadCredentialsEvent(new UsernamePasswordAuthenticationToken(name, "guess"),
				new BadCredentialsException("bad"));
	}

	/** A clock a test can move on. */
	private static final class MovableClock extends Clock {

		private Instant now = NOW;

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@Test
	void locksANameOutAfterRepeatedFailuresForAWhile() {
		MovableClock clock = new MovableClock();
		LoginAttempts attempts = new LoginAttempts(new AdminProperties("admin", "pw", 3, 15), clock);
		attempts.failed(failure("admin"));
		attempts.failed(failure("admin"));
		assertThat(attempts.isLockedOut("admin")).isFalse();
		attempts.failed(failure("admin"));
		assertThat(attempts.isLockedOut("admin")).isTrue();
		assertThat(attempts.isLockedOut("someone-else")).isFalse();
		clock.now = NOW.plus(Duration.ofMinutes(16));
		assertThat(attempts.isLockedOut("admin")).isFalse();
	}

	@Test
	void aSuccessfulLoginClearsTheCount() {
		LoginAttempts attempts = new LoginAttempts(new AdminProperties("admin", "pw", 2, 15),
				Clock.fixed(NOW, ZoneOffset.UTC));
		attempts.failed(failure("admin"));
		attempts.succeeded(new AuthenticationSuccessEvent(new UsernamePasswordAuthenticationToken("admin", "pw")));
		attempts.failed(failure("admin"));
		assertThat(attempts.isLockedOut("admin")).isFalse();
	}

}
