package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.DisagreementStory;
import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

/**
 * The claims of a story with more articles than the matrix has columns: a page of rows, the articles that carry
 * them as columns, and the API a page at a time with the same claims, in the same order, as the whole list.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeStoryClaimsTest {

	private static final int ARTICLES = 30;

	/**
	 * Of them, copies of the articles whose outlets disagree: four copies give one count of firefighters, more than
	 * an entry of the disagreements feed names.
	 */
	private static final int DISAGREEING_COPIES = 8;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	private String slug;

	@BeforeAll
	void importALargeStory() throws Exception {
		Path root = Files.createTempDirectory("parallax-large-claims");
		StoryFolderFixture story = StoryFolderFixture.replicated(root, ARTICLES - DISAGREEING_COPIES);
		DisagreementStory.copiesInto(story, DISAGREEING_COPIES);
		slug = story.slug();
		assertThat(imports.importFolder(root, "test").succeeded()).isTrue();
	}

	@Test
	void theMatrixShowsAPageOfClaimsAcrossTheArticlesThatCarryThem() {
		String page = mvc.get().uri("/stories/{slug}/claims", slug).assertThat().hasStatusOk().bodyText().actual();
		assertThat(page.length()).isLessThan(300_000);
		String head = page.substring(page.indexOf("<thead>"), page.indexOf("</thead>"));
		assertThat(count(head, "<th scope=\"col\"")).isEqualTo(1 + ClaimMatrix.MAX_COLUMNS);
		assertThat(page).contains("Columns: 8 of the story’s 30 articles")
			.contains("Next page");
		String body = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
		assertThat(count(body, "<tr ")).isEqualTo(ClaimController.CLAIMS_PER_PAGE);
		assertThat(count(body, ">Reported<") + count(body, ">Reports it differently<"))
			.as("the columns are articles that report the page's claims")
			.isGreaterThan(ClaimController.CLAIMS_PER_PAGE);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApiPagesThroughTheSameClaimsSharedFirst() {
		MvcTestResult whole = mvc.get().uri("/api/stories/{slug}/claims?size=500", slug).exchange();
		List<Map<String, Object>> all = mvc.get().uri("/api/stories/{slug}/claims?size=500", slug).assertThat()
			.bodyJson().convertTo(List.class).actual();
		long total = Long.parseLong(whole.getResponse().getHeader("X-Total-Count"));
		assertThat(all).hasSize((int) Math.min(total, 500)).hasSizeGreaterThan(ClaimController.CLAIMS_PER_PAGE);
		List<Integer> reach = all.stream().map(c -> ((Number) c.get("articleCount")).intValue()).toList();
		assertThat(reach).as("shared claims first").isSortedAccordingTo((a, b) -> b - a);
		assertThat(reach.get(0)).isGreaterThan(1);

		List<Object> paged = new ArrayList<>();
		String next = "/api/stories/" + slug + "/claims?size=7";
		while (next != null) {
			MvcTestResult page = mvc.get().uri(next).exchange();
			assertThat(page.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(total));
			List<Map<String, Object>> claims = mvc.get().uri(next).assertThat().bodyJson().convertTo(List.class).actual();
			assertThat(claims).hasSizeLessThanOrEqualTo(7);
			claims.forEach(c -> paged.add(c.get("id")));
			next = nextLink(page.getResponse().getHeader("Link"));
		}
		assertThat(paged).isEqualTo(all.stream().map(c -> c.get("id")).toList());
		assertThat(new HashSet<>(paged)).hasSameSizeAs(paged);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCsvComesAPageOfRowsAtATimeAndHoldsEveryClaimAndArticleOnce() throws Exception {
		List<Map<String, Object>> all = mvc.get().uri("/api/stories/{slug}/claims?size=500&articles=100", slug)
			.assertThat().bodyJson().convertTo(List.class).actual();
		List<String> expected = new ArrayList<>();
		all.forEach(claim -> articlesOf(claim).forEach(article -> expected.add(claim.get("id") + "/" + article)));
		assertThat(((Number) all.get(0).get("articleCount")).intValue())
			.as("the widest claim has more rows than a page").isGreaterThan(7);

		List<String> rows = new ArrayList<>();
		String next = "/api/stories/" + slug + "/claims.csv?size=7";
		while (next != null) {
			MvcTestResult page = mvc.get().uri(next).exchange();
			assertThat(page.getResponse().getStatus()).isEqualTo(200);
			assertThat(page.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(expected.size()));
			String body = page.getResponse().getContentAsString(StandardCharsets.UTF_8).substring(1);
			List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(body)).getRecords();
			assertThat(records).hasSizeLessThanOrEqualTo(7).isNotEmpty();
			records.forEach(r -> rows.add(r.get("claim_id") + "/" + r.get("article_id")));
			next = nextLink(page.getResponse().getHeader("Link"));
		}
		assertThat(rows).as("every claim and article once, in the list's order").isEqualTo(expected);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aListOfClaimsGivesTheFirstArticlesOfEachAndSaysHowManyThereAre() {
		List<Map<String, Object>> claims = mvc.get().uri("/api/stories/{slug}/claims?size=3", slug).assertThat()
			.bodyJson().convertTo(List.class).actual();
		Map<String, Object> widest = claims.get(0);
		int reporting = ((Number) widest.get("articleCount")).intValue();
		int omitting = ((Number) widest.get("omissionCount")).intValue();
		assertThat(reporting + omitting).as("the widest claim").isGreaterThan(ClaimApiController.ARTICLES_PER_CLAIM);
		List<Object> listed = articlesOf(widest);
		assertThat(listed).hasSize(ClaimApiController.ARTICLES_PER_CLAIM);
		Map<String, Object> firstPage = (Map<String, Object>) mvc.get()
			.uri("/api/claims/{id}?size={n}", widest.get("id"), ClaimApiController.ARTICLES_PER_CLAIM).assertThat()
			.bodyJson().convertTo(Map.class).actual().get("claim");
		assertThat(listed).as("the same articles as the first page of the claim's own address")
			.isEqualTo(articlesOf(firstPage));

		List<Map<String, Object>> wider = mvc.get().uri("/api/stories/{slug}/claims?size=1&articles=100", slug)
			.assertThat().bodyJson().convertTo(List.class).actual();
		assertThat(articlesOf(wider.get(0))).hasSize(reporting + omitting);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aClaimComesAPageOfArticlesAtATimeWithEveryDifferingValueOnItsPage() {
		List<Map<String, Object>> discrepant = mvc.get().uri("/api/stories/{slug}/claims?show=discrepant&size=1", slug)
			.assertThat().bodyJson().convertTo(List.class).actual();
		long id = ((Number) discrepant.get(0).get("id")).longValue();
		MvcTestResult whole = mvc.get().uri("/api/claims/{id}?size=500", id).exchange();
		Map<String, Object> all = (Map<String, Object>) mvc.get().uri("/api/claims/{id}?size=500", id).assertThat()
			.bodyJson().convertTo(Map.class).actual().get("claim");
		List<Object> allArticles = articlesOf(all);
		assertThat(whole.getResponse().getHeader("X-Total-Count")).isEqualTo(String.valueOf(allArticles.size()));
		assertThat(allArticles).hasSize(((Number) all.get("articleCount")).intValue()
				+ ((List<?>) all.get("omittedBy")).size());

		List<Object> paged = new ArrayList<>();
		String next = "/api/claims/" + id + "?size=7";
		while (next != null) {
			MvcTestResult page = mvc.get().uri(next).exchange();
			Map<String, Object> claim = (Map<String, Object>) mvc.get().uri(next).assertThat().bodyJson()
				.convertTo(Map.class).actual().get("claim");
			assertThat(articlesOf(claim)).hasSizeLessThanOrEqualTo(7);
			paged.addAll(articlesOf(claim));
			next = nextLink(page.getResponse().getHeader("Link"));
		}
		assertThat(paged).as("every article once, over the pages").hasSameElementsAs(allArticles)
			.hasSameSizeAs(allArticles);

		String page = mvc.get().uri("/stories/{slug}/claims/{id}", slug, id).assertThat().hasStatusOk().bodyText()
			.actual();
		assertThat(page.length()).isLessThan(300_000);
		List<Map<String, Object>> differences = (List<Map<String, Object>>) all.get("differences");
		assertThat(differences).isNotEmpty();
		differences.forEach(d -> ((Map<String, String>) d.get("values")).values()
			.forEach(value -> assertThat(page).as("every differing value on the claim's page")
				.contains(HtmlUtils.htmlEscape(value, "UTF-8"))));
	}

	@Test
	void theDisagreementsFeedGivesEachValueOnceWithAFewOfTheArticlesThatGiveIt() {
		String feed = mvc.get().uri("/stories/{slug}/disagreements.atom", slug).assertThat().hasStatusOk().bodyText()
			.actual();
		List<String> summaries = new ArrayList<>();
		Matcher summary = Pattern.compile("<summary[^>]*>([^<]*)</summary>").matcher(feed);
		while (summary.find()) {
			summaries.add(HtmlUtils.htmlUnescape(summary.group(1)));
		}
		assertThat(summaries).as("the replicated copies disagree on their numbers").isNotEmpty();
		assertThat(summaries).as("at most six values an entry, each once")
			.allSatisfy(text -> assertThat(count(text, " say “") + count(text, " says “")).isBetween(2, 6));
		assertThat(summaries).as("a value many copies give is given once, with a count of the rest")
			.anySatisfy(text -> assertThat(text).containsPattern(" and \\d+ more say “"));
	}

	@Test
	void theComparePageAndTheOverlapsStayBounded() {
		String compare = mvc.get().uri("/stories/{slug}/compare", slug).assertThat().hasStatusOk().bodyText().actual();
		assertThat(compare.length()).isLessThan(300_000);
		assertThat(count(compare, "<option ")).isLessThanOrEqualTo(2 * (ClaimController.ARTICLES_TO_CHOOSE_FROM + 2));
		MvcTestResult overlap = mvc.get().uri("/api/stories/{slug}/overlap?size=5", slug).exchange();
		assertThat(overlap.getResponse().getStatus()).isEqualTo(200);
		long total = Long.parseLong(overlap.getResponse().getHeader("X-Total-Count"));
		assertThat(total).as("replicated copies share sentences").isGreaterThan(5);
		assertThat(overlap.getResponse().getHeader("Link")).contains("rel=\"next\"");
		assertThat(mvc.get().uri("/api/stories/{slug}/overlap?size=5", slug)).bodyJson()
			.extractingPath("$.length()").asNumber().isEqualTo(5);
	}

	/** The articles a claim's JSON lists: those that report it (once each), then those that leave it out. */
	@SuppressWarnings("unchecked")
	private static List<Object> articlesOf(Map<String, Object> claim) {
		List<Object> articles = new ArrayList<>(((List<Map<String, Object>>) claim.get("mentions")).stream()
			.map(m -> m.get("articleId")).distinct().toList());
		articles.addAll((List<Object>) claim.get("omittedBy"));
		return articles;
	}

	private static String nextLink(String header) {
		if (header == null) {
			return null;
		}
		Matcher next = Pattern.compile("<(?:https?://[^/>]+)?([^>]+)>; rel=\"next\"").matcher(header);
		return next.find() ? next.group(1) : null;
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

}
