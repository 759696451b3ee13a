package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every error status, over real HTTP (so that the server's own error dispatch is in play, as in production): a
 * person gets the site's page with its title, a script an RFC 9457 problem, neither an exception's text; and the
 * session cookie carries SameSite=Lax, and Secure when the client came over HTTPS, even through a proxy.
 */
@IntegrationTest
class ErrorStatusesTest {

	private static final String ADMIN = "Basic " + Base64.getEncoder()
		.encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void malformedParametersAre400() throws Exception {
		String slug = jdbc.sql("select slug from story where folder_key = ''").query(String.class).single();
		assertPage(send(get("/stories/" + slug + "?sentences=x")), 400, "This request cannot be answered",
				"The parameter ‘sentences’ must be a whole number, not ‘x’.");
		assertProblem(send(get("/api/stories/" + slug + "/summary?sentences=x")), 400,
				"The parameter ‘sentences’ must be a whole number, not ‘x’.");
	}

	@Test
	void aPathWithAnEncodedSlashIsRefusedInTheSitesOwnWords() throws Exception {
		assertPage(send(get("/stories/a%2Fb")), 400, "This request cannot be answered", null);
		assertProblem(send(get("/api/stories/a%2Fb")), 400, null);
	}

	@Test
	void loginsMissingOrWrongAre401() throws Exception {
		HttpResponse<String> script = send(post("/api/admin/imports"));
		assertProblem(script, 401, "This needs the admin's name and password.");
		assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
		assertPage(send(get("/admin").header("Authorization", "Basic " + Base64.getEncoder()
			.encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8)))), 401, "Log in first", null);
	}

	@Test
	void aFormSentWithoutItsTokenIs403AndAWriteToTheReadOnlyApiIs405() throws Exception {
		assertPage(send(post("/admin/imports").header("Authorization", ADMIN)), 403, "Not allowed", null);
		assertProblem(send(post("/api/stories").header("Authorization", ADMIN)), 405, null);
	}

	@Test
	void missingThingsAre404AndTheErrorPathItselfIsNotAPage() throws Exception {
		assertPage(send(get("/no-such-page")), 404, "Not found", null);
		assertPage(send(get("/stories/no-such-story")), 404, "Not found", null);
		assertPage(send(get("/articles/not-a-number")), 404, "Not found", null);
		assertProblem(send(get("/api/stories/no-such-story")), 404, "No story 'no-such-story'");
		assertPage(send(get("/error")), 404, "Not found", null);
		assertProblem(send(request("/error").header("Accept", "application/json").GET()), 404, null);
	}

	@Test
	void wrongMethodsAre405AndOptionsAnswers() throws Exception {
		HttpResponse<String> script = send(request("/api/admin/imports").method("DELETE", BodyPublishers.noBody())
			.header("Authorization", ADMIN));
		assertProblem(script, 405, null);
		assertThat(script.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
		HttpResponse<String> read = send(request("/api/admin/imports").header("Authorization", ADMIN).GET());
		assertProblem(read, 405, null);
		assertThat(read.headers().firstValue("Allow")).hasValue("POST");
		for (String auth : new String[] { null, ADMIN }) {
			var delete = request("/api/stories").method("DELETE", BodyPublishers.noBody());
			HttpResponse<String> readOnly = send(auth == null ? delete : delete.header("Authorization", auth));
			assertProblem(readOnly, 405, null);
			assertThat(readOnly.headers().firstValue("Allow")).as("the public API only reads").hasValueSatisfying(
					allow -> assertThat(allow).contains("GET").doesNotContain("DELETE"));
		}
		String csrf = logInAndTakeCsrfToken();
		assertPage(send(form("/admin", "_csrf=" + csrf)), 405, "Not possible here", null);
		assertThat(send(request("/api/stories").method("OPTIONS", BodyPublishers.noBody())).statusCode())
			.isEqualTo(200);
	}

	@Test
	void anOversizedFileIsRefusedOnItsOwnAndAnOversizedUploadIs413() throws Exception {
		String csrf = logInAndTakeCsrfToken();
		HttpResponse<String> oneFile = send(upload(csrf, new byte[21 * 1024 * 1024]));
		assertThat(oneFile.statusCode()).as("a 21 MB file is the import's to refuse").isEqualTo(302);
		assertThat(oneFile.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/admin/imports/"));

		assertPage(send(upload(csrf, new byte[101 * 1024 * 1024])), 413, "Too large", null);
	}

	private HttpRequest.Builder upload(String csrf, byte[] file) {
		String boundary = "parallax-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"newStory\"\r\n\r\nOversized files\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"huge.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return request("/admin/upload?_csrf=" + csrf).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArrays(java.util.List.of(head, file, tail)));
	}

	@Test
	void theSessionCookieIsLaxAndSecureOverHttpsBehindAProxy() throws Exception {
		String plain = send(get("/login")).headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(plain).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
		String overHttps = HttpClient.newHttpClient().send(get("/login").header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString()).headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(overHttps).contains("SameSite=Lax").contains("HttpOnly").contains("Secure");
	}

	private String logInAndTakeCsrfToken() throws Exception {
		String token = csrfOf(send(get("/login")).body());
		HttpResponse<String> login = send(form("/login", "username=admin&password="
				+ URLEncoder.encode("test-admin-password", StandardCharsets.UTF_8) + "&_csrf=" + token));
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		return csrfOf(send(get("/admin/upload")).body());
	}

	private static String csrfOf(String html) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static void assertPage(HttpResponse<String> response, int status, String title, String text) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<h1>" + title + "</h1>").contains("class=\"site-header\"")
			.contains("HTTP status " + status).doesNotContainIgnoringCase("exception").doesNotContain("\tat ");
		if (text != null) {
			assertThat(response.body()).contains(text);
		}
	}

	private static void assertProblem(HttpResponse<String> response, int status, String detail) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).startsWith("{\"type\":").contains("\"status\":" + status).contains("\"title\":")
			.doesNotContainIgnoringCase("exception").doesNotContain("\tat ");
		if (detail != null) {
			assertThat(response.body()).contains("\"detail\":\"" + detail.replace("'", "'") + "\"");
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpRequest.Builder get(String path) {
		return request(path).header("Accept", "text/html").GET();
	}

	private HttpRequest.Builder post(String path) {
		return request(path).POST(BodyPublishers.noBody());
	}

	private HttpRequest.Builder form(String path, String body) {
		return request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html").POST(BodyPublishers.ofString(body));
	}

}
