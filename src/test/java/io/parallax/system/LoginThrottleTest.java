package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.stream.IntStream;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Password guessing is slowed per client address, never turned against the admin: while one address hammers the
 * admin's name, the admin logs in from another; the waits grow, are shared by every instance through PostgreSQL,
 * and the memory they take is bounded.
 */
@IntegrationTest
class LoginThrottleTest {

	private static final String PASSWORD = "test-admin-password";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private LoginThrottle throttle;

	@LocalServerPort
	private int port;

	@Test
	void theAdminLogsInFromAnotherAddressWhileOneAddressHammersTheName() throws Exception {
		String attacker = "203.0.113.7";
		IntStream.range(0, 2).forEach(i -> assertThat(formLogin(attacker, "guess-" + i))
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?error"));
		assertThat(jdbc.sql("select failures from login_throttle where key = 'name:203.0.113.7 admin'")
			.query(Integer.class).single()).as("the form's failures are counted").isEqualTo(2);
		IntStream.range(0, 6).forEach(i -> throttle.failed(attacker, "admin"));

		assertThat(formLogin(attacker, PASSWORD)).as("refused before the password is even checked")
			.hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/login?throttled=");
		MvcTestResult script = mvc.post().uri("/api/admin/imports/999999/cancel")
			.with(from(attacker)).with(httpBasic("admin", PASSWORD)).exchange();
		assertThat(script).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasHeader("Retry-After", "16");
		HttpResponse<String> behindAProxy = overHttp("/api/admin/imports/999999/cancel", attacker);
		assertThat(behindAProxy.statusCode()).as("the proxy's X-Forwarded-For names the client").isEqualTo(429);
		assertThat(behindAProxy.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(behindAProxy.body()).contains("\"status\":429").contains("wait 1");
		assertThat(mvc.get().uri("/login?throttled=16")).bodyText().contains("wait 16 seconds");

		assertThat(formLogin("198.51.100.20", PASSWORD)).as("the admin, from elsewhere")
			.hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin");
		assertThat(mvc.post().uri("/api/admin/imports/999999/cancel").with(from("198.51.100.21"))
			.with(httpBasic("admin", PASSWORD))).as("a script, from elsewhere").hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void waitsDoubleWithEachFailurePastTheFreeOnesAndAreSharedByEveryInstance() {
		MovableClock clock = new MovableClock();
		AdminProperties properties = new AdminProperties("admin", "x", 3, Duration.ofSeconds(10));
		LoginThrottle one = new LoginThrottle(jdbc, clock, properties);
		String address = "192.0.2.44";
		for (int i = 0; i < 3; i++) {
			one.failed(address, "admin");
		}
		assertThat(one.waitFor(address, "admin")).isEmpty();
		one.failed(address, "admin");
		assertThat(one.waitFor(address, "admin")).contains(Duration.ofSeconds(1));
		assertThat(one.waitFor(address, "someone-else")).as("another name from the same address").isEmpty();
		one.failed(address, "admin");
		assertThat(one.waitFor(address, "admin")).contains(Duration.ofSeconds(2));
		one.failed(address, "admin");
		LoginThrottle otherInstance = new LoginThrottle(jdbc, clock, properties);
		assertThat(otherInstance.waitFor(address, "admin")).as("read from PostgreSQL").contains(Duration.ofSeconds(4));
		IntStream.range(0, 5).forEach(i -> one.failed(address, "admin"));
		assertThat(one.waitFor(address, "admin")).as("never longer than the maximum").contains(Duration.ofSeconds(10));
		clock.now = clock.now.plusSeconds(11);
		assertThat(otherInstance.waitFor(address, "admin")).isEmpty();
		one.succeeded(address, "admin");
		one.failed(address, "admin");
		assertThat(one.waitFor(address, "admin")).as("a success starts the count again").isEmpty();
	}

	@Test
	void theWaitsKeptInMemoryAreBounded() {
		AdminProperties properties = new AdminProperties("admin", "x", 0, Duration.ofMinutes(1));
		// A clock that stands still, so that no wait runs out while the test runs.
		LoginThrottle small = new LoginThrottle(jdbc, Clock.fixed(Instant.now(), ZoneOffset.UTC), properties, 50);
		IntStream.range(0, 200).forEach(i -> small.failed("198.18.0." + (i % 250) + "", "name-" + i));
		assertThat(small.cachedEntries()).isLessThanOrEqualTo(50);
		assertThat(small.waitFor("198.18.0.1", "name-1")).as("a wait gone from memory is still in PostgreSQL")
			.isPresent();
	}

	@Test
	void anIpv6ClientCountsByItsNetwork() {
		AdminProperties properties = new AdminProperties("admin", "x", 0, Duration.ofMinutes(1));
		LoginThrottle one = new LoginThrottle(jdbc, Clock.systemUTC(), properties);
		one.failed("2001:db8:1:2:aaaa::1", "admin");
		assertThat(one.waitFor("2001:db8:1:2:bbbb::9", "admin")).as("same /64").isPresent();
		assertThat(one.waitFor("2001:db8:1:3::1", "admin")).as("another /64").isEmpty();
	}

	/** As a reverse proxy on this machine would pass a client's request on. */
	private HttpResponse<String> overHttp(String path, String client) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-For", client)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private MvcTestResult formLogin(String address, String password) {
		return mvc.post().uri("/login").param("username", "admin").param("password", password)
			.with(from(address)).with(csrf()).exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A clock a test can move on. */
	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T10:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
