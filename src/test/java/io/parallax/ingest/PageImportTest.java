package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A folder of real saved pages from several outlets, beside pages that must be refused, imported into one story:
 * each article carries its outlet, authors and date from the page's metadata, with where each was found; its
 * relative dates count from that date; the original HTML is kept and shown as text.
 */
@IntegrationTest
class PageImportTest {

	private static final Path DEV = PageExtractionEvaluationTest.DEV;

	private static final Path BAD = Path.of("src/test/resources/pages/bad");

	@Autowired
	private ImportService imports;

	@Autowired
	private MockMvcTester mvc;

	@TempDir
	private Path root;

	@Test
	void savedPagesImportWithTheirOutletsAuthorsAndDates() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root)
			.write("bbc-obama.html", Files.readAllBytes(DEV.resolve("bbc-1/source.html")))
			.write("nyt-sudan.htm", Files.readAllBytes(DEV.resolve("nytimes-1/source.html")))
			.write("guardian-whales.html", Files.readAllBytes(DEV.resolve("guardian-1/source.html")))
			.write("telegraph-saved-as.txt", Files.readAllBytes(DEV.resolve("telegraph/source.html")))
			.write("guardian-whales_files/style.css", "body { color: black }")
			.write("guardian-whales_files/frame.html", "<!DOCTYPE html><p>an embedded frame</p>")
			.write("le-monde.html", Files.readAllBytes(BAD.resolve("lemonde-french.html")))
			.write("front-page.html", Files.readAllBytes(BAD.resolve("front-page.html")))
			.write("not-html.html", Files.readAllBytes(BAD.resolve("not-html.html")));
		ImportOutcome outcome = imports.importFolder(root, "test");

		assertThat(outcome.succeeded()).isTrue();
		Map<String, Object> run = run(outcome.runId());
		assertThat(run).containsEntry("added", 4).containsEntry("failed", 3);
		assertThat(errors(outcome.runId())).containsOnlyKeys("le-monde.html", "front-page.html", "not-html.html")
			.hasEntrySatisfying("le-monde.html", m -> assertThat(m).startsWith("a different language: the page is in French"))
			.hasEntrySatisfying("front-page.html", m -> assertThat(m).startsWith("no article found"))
			.hasEntrySatisfying("not-html.html", m -> assertThat(m).startsWith("not HTML"));
		assertThat(run.toString()).contains("guardian-whales_files/", "skipped: the images, styles and scripts saved "
				+ "with the page guardian-whales.html");

		Map<String, Map<String, Object>> articles = articles(story);
		assertThat(articles.get("bbc-obama.html")).containsEntry("outlet", "BBC News")
			.containsEntry("publishedOn", "2015-07-24");
		assertThat(articles.get("nyt-sudan.htm")).containsEntry("byline", "Jeffrey Gettleman")
			.containsEntry("publishedOn", "2017-01-13")
			.containsEntry("headline", "United States to Lift Sudan Sanctions");
		assertThat(articles.get("guardian-whales.html")).containsEntry("outlet", "the Guardian")
			.containsEntry("byline", "Eleanor Ainge Roy")
			.containsEntry("publishedOn", "2019-01-03");
		assertThat(articles.get("telegraph-saved-as.txt")).containsEntry("outlet", "The Telegraph")
			.containsEntry("publishedOn", "2017-11-16");

		long nyt = id(articles.get("nyt-sudan.htm"));
		assertThat(mvc.get().uri("/api/articles/{id}", nyt)).bodyJson()
			.extractingPath("$.pageMetadata[?(@.field == 'published')].source").asArray()
			.containsExactly("meta name=datepublished");
		// "officials said Thursday", in a page published on Friday 13 January 2017.
		assertThat(mvc.get().uri("/api/articles/{id}/quantities", nyt)).bodyJson()
			.extractingPath("$[?(@.text =~ /.*Thursday.*/)].resolvedDate").asArray().contains("2017-01-12");

		var source = mvc.get().uri("/articles/{id}/source.txt", nyt).exchange();
		assertThat(source).hasStatusOk().hasContentType("text/plain;charset=UTF-8");
		assertThat(source.getResponse().getContentAsByteArray())
			.isEqualTo(Files.readAllBytes(DEV.resolve("nytimes-1/source.html")));
		// the original page is shown as text on the site's source page, never rendered
		assertThat(mvc.get().uri("/articles/{id}/source", nyt)).hasStatusOk().hasContentTypeCompatibleWith("text/html")
			.bodyText().contains("&lt;html");
		assertThat(mvc.get().uri("/articles/{id}", nyt)).hasStatusOk().bodyText()
			.contains("What the saved page states", "meta name=datepublished");
		byte[] page = mvc.get().uri("/articles/{id}", nyt).exchange().getResponse().getContentAsByteArray();
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
		assertThat(validator.validate(new ByteArrayInputStream(page))).contains("No errors found");
	}

	@Test
	void aSavedPageCanBeUploaded(@TempDir Path seeds) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(seeds);
		imports.importFolder(seeds, "test");
		var result = mvc.post().uri("/admin/upload").multipart()
			.file(new MockMultipartFile("files", "wapo.html", "text/html",
					Files.readAllBytes(DEV.resolve("wapo-2/source.html"))))
			.file(new MockMultipartFile("files", "le-monde.html", "text/html",
					Files.readAllBytes(BAD.resolve("lemonde-french.html"))))
			.param("story", story.slug())
			.with(httpBasic("admin", "test-admin-password")).with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String runId = result.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		assertThat(errors(Long.valueOf(runId))).containsOnlyKeys("le-monde.html");
		assertThat(articles(story).get("wapo.html")).containsEntry("outlet", "Washington Post")
			.containsEntry("byline", "Steven Mufson");
	}

	private Map<String, Object> run(Long runId) {
		return mvc.get().uri("/api/imports/{id}", runId).assertThat().bodyJson().convertTo(Map.class).actual();
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> errors(Long runId) {
		List<Map<String, String>> errors = (List<Map<String, String>>) run(runId).get("errors");
		return errors.stream().collect(Collectors.toMap(e -> e.get("sourceFile"), e -> e.get("message")));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> articles(StoryFolderFixture story) {
		List<Map<String, Object>> articles = (List<Map<String, Object>>) mvc.get()
			.uri("/api/stories/{slug}", story.slug())
			.assertThat()
			.bodyJson()
			.convertTo(Map.class)
			.actual()
			.get("articles");
		return articles.stream().collect(Collectors.toMap(a -> (String) a.get("sourceFile"), a -> a));
	}

	private static long id(Map<String, Object> article) {
		return ((Number) article.get("id")).longValue();
	}

}
