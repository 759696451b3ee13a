package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Readers' pages are cacheable and validated by the story's version: an ETag that an unchanged story answers with
 * 304 and that an import changes; admin pages are never stored; static files are fingerprinted and kept for a year;
 * responses are compressed.
 */
@IntegrationTest
class HttpCachingTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	@LocalServerPort
	private int port;

	@Test
	void anUnchangedStoryAnswersAConditionalRequestWith304(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		for (String page : new String[] { "", "/quotes", "/timeline" }) {
			MockHttpServletResponse first = get("/stories/" + story.slug() + page, null);
			assertThat(first.getStatus()).isEqualTo(200);
			assertThat(first.getHeader("ETag")).startsWith("W/\"");
			assertThat(first.getHeader("Last-Modified")).isNotBlank();
			assertThat(first.getHeader("Cache-Control")).contains("public").contains("no-cache").doesNotContain("no-store");
			MockHttpServletResponse again = get("/stories/" + story.slug() + page, first.getHeader("ETag"));
			assertThat(again.getStatus()).isEqualTo(HttpStatus.NOT_MODIFIED.value());
			assertThat(again.getContentAsByteArray()).isEmpty();
		}
		String article = "/api/stories/" + story.slug();
		assertThat(get(article, get(article, null).getHeader("ETag")).getStatus()).isEqualTo(304);
	}

	@Test
	void anImportChangesTheVersionSoReadersGetTheNewPage(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		MockHttpServletResponse before = get("/stories/" + story.slug(), null);
		assertThat(before.getContentAsString()).contains("5 articles");
		story.write("extra.txt", """
				Harbour reopens after repairs

				The harbour reopened on Monday after twelve days of repairs, the port authority said. Ships that had
				waited outside for a week came in on the morning tide.
				""");
		imports.importFolder(root, "test");
		MockHttpServletResponse after = get("/stories/" + story.slug(), before.getHeader("ETag"));
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
		assertThat(after.getContentAsString()).contains("6 articles").contains("Harbour reopens after repairs");
		assertThat(get("/", null).getContentAsString()).contains(story.slug());
	}

	@Test
	void adminPagesAreNeverStored() {
		assertThat(mvc.get().uri("/admin").with(httpBasic("admin", "test-admin-password"))).hasStatusOk()
			.headers()
			.hasValue("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
	}

	@Test
	void staticFilesAreFingerprintedAndCachedForAYear() throws Exception {
		Matcher css = Pattern.compile("href=\"(/css/parallax-[0-9a-f]{32}\\.css)\"")
			.matcher(get("/", null).getContentAsString());
		assertThat(css.find()).as("the stylesheet's address carries its content's hash").isTrue();
		assertThat(mvc.get().uri(css.group(1))).hasStatusOk()
			.headers()
			.hasValue("Cache-Control", "max-age=31536000, public");
	}

	@Test
	void responsesAreCompressedRenderedOrCached() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (int i = 0; i < 2; i++) {
			HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
			assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))
				.readAllBytes())).contains("<h1>Stories</h1>");
		}
	}

	private MockHttpServletResponse get(String uri, String ifNoneMatch) {
		var request = mvc.get().uri(uri);
		if (ifNoneMatch != null) {
			request = request.header("If-None-Match", ifNoneMatch);
		}
		return request.exchange().getResponse();
	}

}
