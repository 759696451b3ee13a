package io.parallax.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles password guessing: after a number of failed logins for a name, that name is locked out for a while.
 */
@Component
class LoginAttempts {

	private record Failures(int count, Instant last) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final AdminProperties properties;

	private final Clock clock;

	LoginAttempts(AdminProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	boolean isLockedOut(String username) {
		Failures f = failures.get(key(username));
		if (f == null) {
			return false;
		}
		boolean expired = f.last().plus(Duration.ofMinutes(properties.lockoutMinutes())).isBefore(clock.instant());
		if (expired) {
			failures.remove(key(username));
			return false;
		}
		return f.count() >= properties.maxFailedLogins();
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		failures.merge(key(event.getAuthentication().getName()), new Failures(1, clock.instant()),
				(old, now) -> new Failures(old.count() + 1, now.last()));
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		failures.remove(key(event.getAuthentication().getName()));
	}

	private static String key(String username) {
		return username == null ? "" : username.toLowerCase();
	}

}
