package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.parallax.DisagreementStory;
import io.parallax.IntegrationTest;
import io.parallax.SqlStatementCounter;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What each page and API call costs the database, rendered afresh (the page cache emptied first): the same SQL
 * statements and one transaction for a story of 5 articles (4 for the views of disagreements) and one of 100, at
 * most 10 statements. Pages are bounded by what they show, not by the story.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCostTest {

	private static final int MAX_STATEMENTS = 10;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	@Autowired
	private SqlStatementCounter counter;

	@Autowired
	private PageCache cache;

	private SeedStory seeds;

	private String large;

	/** A small story whose outlets disagree on a number and a date. */
	private String disagreeing;

	@BeforeAll
	void importAStoryOfAHundredArticles() throws Exception {
		Path root = Files.createTempDirectory("parallax-page-cost");
		large = StoryFolderFixture.replicated(root, 100).slug();
		assertThat(imports.importFolder(root, "test").succeeded()).isTrue();
		seeds = new SeedStory(mvc);
		disagreeing = DisagreementStory.imported(imports);
	}

	@Test
	void everyPageCostsTheSameFewStatementsInOneTransactionWhateverTheStorySize() {
		List<String> report = new ArrayList<>();
		Map<String, String> small = addresses(seeds.slug());
		small.putAll(disagreementViews(disagreeing));
		Map<String, String> big = addresses(large);
		for (String kind : small.keySet()) {
			long[] few = cost(small.get(kind));
			long[] many = cost(big.get(kind));
			report.add("%-34s %2d statements / %d transaction(s) with 4-5 articles, %2d / %d with 100"
				.formatted(kind, few[0], few[1], many[0], many[1]));
			assertThat(many).as(kind + ": statements and transactions, 100 articles against 5").isEqualTo(few);
			assertThat(few[1]).as(kind + ": transactions").isEqualTo(1);
			assertThat(few[0]).as(kind + ": statements").isPositive().isLessThanOrEqualTo(MAX_STATEMENTS);
		}
		report.forEach(line -> System.out.println("page cost: " + line));
	}

	@Test
	void aCachedPageCostsOneStatement() {
		String story = "/stories/" + large;
		cost(story);
		counter.reset();
		assertThat(mvc.get().uri(story)).hasStatusOk();
		assertThat(counter.count()).isEqualTo(1);
		assertThat(counter.transactions()).isEqualTo(1);
	}

	private Map<String, String> addresses(String slug) {
		String story = "/stories/" + slug;
		String api = "/api" + story;
		long article = firstArticle(slug);
		long entity = firstEntity(slug);
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("story page", story);
		pages.put("story page, page 2 of articles", story + "?page=2");
		for (String section : List.of("/timeline", "/quotes", "/sources", "/entities", "/summary/about", "/claims",
				"/compare", "/charts", "/claims?show=shared&page=3")) {
			pages.put("story" + section, story + section);
		}
		pages.put("story/claims naming an entity", story + "/claims?entity=" + entity);
		long claim = widestClaim(slug);
		pages.put("claim page (the most widely reported)", story + "/claims/" + claim);
		pages.put("claim page, page 2 of its articles", story + "/claims/" + claim + "?page=2");
		pages.put("api claim", "/api/claims/" + claim);
		pages.put("api claim, a page of its articles", "/api/claims/" + claim + "?size=2&page=2");
		pages.put("story/compare, page 2 of the choices", story + "/compare?page=2");
		pages.put("api story/overlap, page 2", api + "/overlap?size=2&page=2");
		pages.put("article page", "/articles/" + article);
		pages.put("article file", "/articles/" + article + "/source.txt");
		pages.put("article source page", "/articles/" + article + "/source");
		pages.put("entity page", "/entities/" + entity);
		pages.put("home page", "/");
		pages.put("api /stories", "/api/stories");
		pages.put("api story", api);
		pages.put("api story/claims, a page naming an entity", api + "/claims?size=5&page=2&entity=" + entity);
		for (String part : List.of("/summary", "/timeline", "/facts", "/quotes", "/entities", "/sources", "/claims",
				"/overlap", "/claims.csv", "/quotes.csv", "/sources.csv", "/entities.csv", "/timeline.csv")) {
			pages.put("api story" + part, api + part);
		}
		for (String part : List.of("", "/summary", "/attributions", "/quantities")) {
			pages.put("api article" + part, "/api/articles/" + article + part);
		}
		pages.put("api entity", "/api/entities/" + entity);
		pages.put("story feed", story + "/feed.atom");
		pages.putAll(disagreementViews(slug));
		pages.put("search in the story", "/search?q=Putin+talks&story=" + slug);
		pages.put("api search in the story", "/api/search?q=Putin+talks&story=" + slug);
		pages.put("search page 2 in the story", "/search?q=said&story=" + slug + "&page=2");
		return pages;
	}

	/**
	 * The views of where a story's articles disagree. The seeds' outlets differ only on weekdays, never a flag: for
	 * the small story these are read on the story written for the tests whose outlets disagree.
	 */
	private static Map<String, String> disagreementViews(String slug) {
		return Map.of("story/claims?show=discrepant&page=2", "/stories/" + slug + "/claims?show=discrepant&page=2",
				"story disagreements feed", "/stories/" + slug + "/disagreements.atom");
	}

	/** @return statements and transactions for one request rendered afresh */
	private long[] cost(String uri) {
		cache.clear();
		counter.reset();
		assertThat(mvc.get().uri(uri)).as(uri).hasStatusOk();
		return new long[] { counter.count(), counter.transactions() };
	}

	@SuppressWarnings("unchecked")
	private long firstArticle(String slug) {
		Map<String, Object> story = mvc.get().uri("/api/stories/{slug}", slug).assertThat().bodyJson()
			.convertTo(Map.class).actual();
		return ((Number) ((List<Map<String, Object>>) story.get("articles")).get(0).get("id")).longValue();
	}

	@SuppressWarnings("unchecked")
	private long widestClaim(String slug) {
		List<Map<String, Object>> claims = mvc.get().uri("/api/stories/{slug}/claims?size=1", slug).assertThat()
			.bodyJson().convertTo(List.class).actual();
		return ((Number) claims.get(0).get("id")).longValue();
	}

	@SuppressWarnings("unchecked")
	private long firstEntity(String slug) {
		List<Map<String, Object>> entities = mvc.get().uri("/api/stories/{slug}/entities", slug).assertThat()
			.bodyJson().convertTo(List.class).actual();
		return ((Number) entities.get(0).get("id")).longValue();
	}

}
