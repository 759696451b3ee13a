package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;

import io.parallax.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Who may do what, the protective headers, and one import at a time — across instances, since the lock is
 * PostgreSQL's.
 */
@IntegrationTest
class AdminImportTest {

	private static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes());

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportLock lock;

	@Autowired
	private ImportRunRecorder recorder;

	@Test
	void anonymousUsersGetTheLoginPageOr401AndCannotChangeAnything() {
		assertThat(mvc.get().uri("/admin").accept(MediaType.TEXT_HTML)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/login");
		assertThat(mvc.get().uri("/admin/imports")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/api/admin/imports")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/api/admin/imports").header(HttpHeaders.AUTHORIZATION, "Basic "
				+ Base64.getEncoder().encodeToString("admin:wrong".getBytes()))).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Log in", "name=\"_csrf\"");
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/admin/imports").header(HttpHeaders.AUTHORIZATION, ADMIN))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void everyResponseCarriesTheProtectiveHeaders() {
		var home = mvc.get().uri("/").exchange();
		assertThat(home).hasStatusOk()
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		assertThat(home.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
		assertThat(mvc.get().uri("/actuator/env")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anAdminScriptStartsAnImportAndFollowsItToTheEnd() {
		var started = assertThat(mvc.post().uri("/api/admin/imports").header(HttpHeaders.AUTHORIZATION, ADMIN))
			.hasStatus(HttpStatus.ACCEPTED);
		Number id = (Number) started.bodyJson().convertTo(java.util.Map.class).actual().get("id");
		Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(mvc.get()
			.uri("/api/imports/{id}", id)).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED"));
		assertThat(mvc.get().uri("/api/imports/{id}", id).header(HttpHeaders.AUTHORIZATION, ADMIN)).bodyJson()
			.extractingPath("$.startedBy").isEqualTo("admin");
		var anyone = assertThat(mvc.get().uri("/api/imports/{id}", id)).bodyJson();
		anyone.extractingPath("$.status").isEqualTo("SUCCEEDED");
		anyone.doesNotHavePath("$.startedBy").doesNotHavePath("$.location");
		assertThat(mvc.get().uri("/api/imports")).bodyJson().doesNotHavePath("$[0].startedBy")
			.doesNotHavePath("$[0].location");
	}

	@Test
	void aSecondImportIsRefusedWhileOneRunsNamingIt() {
		ImportRun running = recorder.start("test", "somewhere", "another admin");
		try (ImportLock.Hold held = lock.tryHold().orElseThrow()) {
			var refused = assertThat(mvc.post().uri("/api/admin/imports").header(HttpHeaders.AUTHORIZATION, ADMIN))
				.hasStatus(HttpStatus.CONFLICT);
			refused.bodyJson().extractingPath("$.detail").asString()
				.contains("import #" + running.getId(), "another admin", "still running");
		}
		finally {
			recorder.fail(running.getId(), "test over");
		}
	}

}
