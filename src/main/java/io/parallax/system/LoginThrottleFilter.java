package io.parallax.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the login throttle in front of both ways to log in (the form and HTTP Basic): a try from an address that
 * must still wait is refused before any password is checked: the form shows the wait, a script gets 429 with
 * Retry-After. Every outcome of a real try is counted.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> name = loginName(request);
		Optional<Duration> wait = name.flatMap(n -> throttle.waitFor(request.getRemoteAddr(), n));
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
		if (isForm(request)) {
			response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		request.setAttribute(ErrorPages.DETAIL, "Too many failed logins from this address for this name: wait "
				+ seconds + " seconds, then try again.");
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	private static boolean isForm(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** The name a request tries to log in as, by the form or by HTTP Basic; empty when it does not try. */
	private static Optional<String> loginName(HttpServletRequest request) {
		if (isForm(request)) {
			return Optional.ofNullable(request.getParameter("username")).or(() -> Optional.of(""));
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		try {
			String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = credentials.indexOf(':');
			return Optional.of(colon < 0 ? credentials : credentials.substring(0, colon));
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("");
		}
	}

	/** Counts the outcome of every real try, by the address Spring Security recorded for it. */
	static class Outcomes {

		private final LoginThrottle throttle;

		Outcomes(LoginThrottle throttle) {
			this.throttle = throttle;
		}

		@EventListener
		void failed(AuthenticationFailureBadCredentialsEvent event) {
			throttle.failed(address(event), event.getAuthentication().getName());
		}

		@EventListener
		void succeeded(AuthenticationSuccessEvent event) {
			throttle.succeeded(address(event), event.getAuthentication().getName());
		}

		private static String address(AbstractAuthenticationEvent event) {
			return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
					? details.getRemoteAddress() : null;
		}

	}

}
