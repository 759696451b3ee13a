package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.parallax.DisagreementStory;
import io.parallax.IntegrationTest;
import io.parallax.ingest.ImportService;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

/**
 * The claim matrix, the comparison of two articles, the coverage overview, and the claims API and CSV.
 */
@IntegrationTest
class ClaimPagesTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	private SeedStory seeds;

	@BeforeEach
	void findSeeds() {
		seeds = new SeedStory(mvc);
	}

	@Test
	void theMatrixShowsEachClaimPerArticleInWords() {
		String page = text("/stories/" + seeds.slug() + "/claims");
		assertThat(text("/stories/" + seeds.slug() + "/claims?page=2")).as("a claim three of five articles report")
			.contains("Three rounds of");
		assertThat(page).contains("Reported", "Left out", "Not reported", "independent origin", "1–20 of ", "Next page")
			.doesNotContainPattern("\\d{3}_[0-9a-f]{16}")
			.as("each reading link goes to the sentence itself")
			.containsPattern("href=\"/articles/\\d+#s-\\d+\"");
		assertThat(text("/stories/" + seeds.slug() + "/claims?show=single")).contains("Single source");
		assertThat(text("/stories/" + seeds.slug() + "/claims?page=2")).contains("21–");
	}

	@Test
	void whereTheOutletsDisagreeEachArticlesValueIsShownBesideItsSentence() throws Exception {
		String slug = DisagreementStory.imported(imports);
		String discrepant = text("/stories/" + slug + "/claims?show=discrepant");
		assertThat(discrepant).contains("Differs on:", "Numbers", "Reports it differently", "Fourteen firefighters",
				"Nine firefighters were treated in hospital for smoke inhalation after a fire tore through",
				"Dates and times", "3 March", "12 March")
			.doesNotContain(">Single source<")
			.as("claims the outlets agree on are not listed")
			.doesNotContain("grateful that nobody was seriously hurt");
		assertThat(text("/stories/" + slug + "/claims")).contains("grateful that nobody was seriously hurt");
	}

	@Test
	void theMatrixFiltersByEntity() {
		String entities = text("/api/stories/" + seeds.slug() + "/entities");
		String istanbul = entities.replaceAll("(?s).*\\{\"id\":(\\d+),\"name\":\"Istanbul\".*", "$1");
		String page = text("/stories/" + seeds.slug() + "/claims?entity=" + istanbul);
		assertThat(page).contains("Three rounds of").doesNotContain("executive order");
	}

	@Test
	void theCompareViewAlignsTwoArticlesAndMarksWhatOnlyOneReports() {
		long a = seeds.articleId("001_ad8bdea11c4494a7.txt");
		long b = seeds.articleId("002_7a0600d7a3d15911.txt");
		String page = text("/stories/" + seeds.slug() + "/compare?a=" + a + "&b=" + b);
		assertThat(page).contains("In both", "Only in “Trump and Putin to Meet Amid Ukraine War…”",
				"Only in “Trump and Putin to meet in coming days…”",
				"Three rounds of peace talks", "Three rounds of talks between Ukraine and Russia in Istanbul");
		String table = page.substring(page.indexOf("<table class=\"compare"));
		assertThat(table.split("class=\"badge\"", -1).length - 1).as("a badge only on rows both articles report")
			.isEqualTo(table.split(">In both<", -1).length - 1);
		assertThat(mvc.get().uri("/stories/{slug}/compare?a=999999&b=" + b, seeds.slug()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void theStoryPageGivesEachArticlesCoverageAndRewrites() {
		assertThat(text("/stories/" + seeds.slug())).contains("Coverage", "Claims it carries", "Only it reports",
				"Shares near-identical sentences with", "“Trump and Putin to meet in coming days…” (")
			.doesNotContain("002_7a0600d7a3d15911.txt");
	}

	@Test
	void theApiListsClaimsOverlapsAndACsv() {
		var claims = assertThat(mvc.get().uri("/api/stories/{slug}/claims", seeds.slug())).hasStatusOk().bodyJson();
		claims.extractingPath("$[0]").asMap()
			.containsKeys("id", "statement", "agreement", "independentOrigins", "mentions", "omittedBy", "differences");
		claims.extractingPath("$[0].mentions[0]").asMap()
			.containsKeys("articleId", "sourceFile", "label", "sentenceId", "sentence", "values");
		claims.extractingPath("$[*].mentions[*].label").asArray().contains("Invezz");
		var overlap = assertThat(mvc.get().uri("/api/stories/{slug}/overlap", seeds.slug())).hasStatusOk().bodyJson();
		overlap.extractingPath("$[0]").asMap().containsKeys("a", "b", "sharedSentences", "derived", "examples");
		overlap.extractingPath("$[0].sharedSentences").asNumber().satisfies(n -> assertThat(n.intValue()).isGreaterThanOrEqualTo(3));
		overlap.extractingPath("$[0].derived").isEqualTo(true);
		assertThat(mvc.get().uri("/api/stories/{slug}/claims.csv", seeds.slug())).hasStatusOk()
			.hasContentTypeCompatibleWith(new MediaType("text", "csv"))
			.bodyText()
			.startsWith("\uFEFFclaim_id,statement,agreement,independent_origins,article_id,source_file,outlet,status,sentence,"
					+ "differing_value,label\r\n")
			.contains(",omitted,", ",reported,", ",Invezz\r\n", ",“Trump eyes Putin meeting as ceasefire…”\r\n");
	}

	@Test
	void theClaimsPageLinksACsvOfAllItsRows() throws Exception {
		String slug = new SeedStory(mvc).slug();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(text("/stories/" + slug + "/claims"));
		org.jsoup.nodes.Element link = page.selectFirst("a[href*=claims.csv]");
		assertThat(link).isNotNull();
		long rows = Long.parseLong(link.text().replaceAll("^\\D*([\\d,]+) rows.*$", "$1").replace(",", ""));
		String csv = text(link.attr("href"));
		assertThat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.substring(1))).getRecords()).as("every row the link says, in one file").hasSize((int) rows);
	}

	@Test
	void aFilteredClaimsPageLinksTheJsonOfItsFilterAndSaysTheCsvHoldsEveryClaim() throws Exception {
		String slug = new SeedStory(mvc).slug();
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(text("/stories/" + slug + "/claims?show=shared"));
		org.jsoup.nodes.Element json = page.selectFirst("a[href^=/api/stories/" + slug + "/claims?]");
		assertThat(json).isNotNull();
		assertThat(json.attr("href")).contains("show=shared");
		assertThat(mvc.get().uri(json.attr("href"))).hasStatusOk().bodyJson().extractingPath("$[*].mentions.length()")
			.asArray().as("only claims that more than one article reports").allSatisfy(n -> assertThat((Integer) n).isGreaterThan(1));
		assertThat(page.selectFirst("a[href*=claims.csv]").text()).startsWith("Every claim of the story as CSV");
	}

	@Test
	void aLargeStorysClaimsCsvIsOfferedInFiles() {
		assertThat(ClaimController.CsvFiles.of(0).linked()).singleElement();
		ClaimController.CsvFiles some = ClaimController.CsvFiles.of(1_234);
		assertThat(some.linked()).extracting(f -> f.first() + "-" + f.last()).containsExactly("1-500", "501-1000", "1001-1234");
		assertThat(some.unlinked()).isZero();
		ClaimController.CsvFiles many = ClaimController.CsvFiles.of(6_000);
		assertThat(many.linked()).hasSize(10);
		assertThat(many.unlinked()).isEqualTo(2);
	}

	@Test
	void theCsvGivesEachArticlesDifferingValue() throws Exception {
		String slug = DisagreementStory.imported(imports);
		String csv = mvc.get().uri("/api/stories/{slug}/claims.csv", slug).assertThat().hasStatusOk().bodyText().actual();
		List<String> differing = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.substring(1))).getRecords().stream()
			.filter(row -> row.get("status").equals("discrepant"))
			.map(row -> row.get("label") + ": " + row.get("differing_value"))
			.toList();
		assertThat(differing).contains("Northgate Evening News: Nine firefighters",
				"The Harbour Courier: Fourteen firefighters", "Coastline Daily: Fourteen firefighters",
				"The Harbour Courier: 3 March", "Northgate Evening News: 12 March");
	}

	@Test
	void aClaimPageMarksTheWordsOnlyOneVersionOfAQuoteGives() throws Exception {
		String body = """
				%s

				Published 2 July 2025

				The harbour bridge in Kestrel Point will close for six weeks of repairs from Monday, the county council said.

				"We %s keep the bridge open while the cables are replaced, and we ask drivers to use the coast road,"
				said the council's transport director, Helen Marsh.

				Buses will run every ten minutes on the coast road while the bridge is closed.
				""";
		importStory("test-harbour-bridge-closure", "the harbour bridge closure",
				Map.of("courier.txt", body.formatted("Harbour bridge to close for repairs", "cannot"), "westshore.txt",
						body.formatted("Bridge closure: what drivers need to know", "can")));

		List<Map<String, Object>> discrepant = mvc.get()
			.uri("/api/stories/test-harbour-bridge-closure/claims?show=discrepant")
			.assertThat().hasStatusOk().bodyJson().convertTo(List.class).actual();
		assertThat(discrepant).as("one statement, quoted with and without its negation").hasSize(1);
		String page = mvc.get().uri("/claims/" + discrepant.get(0).get("id")).exchange().getResponse().getRedirectedUrl();
		assertThat(text(page)).contains("Quoted wording: the articles give conflicting values",
				"the words no other version gives are marked", "We <mark class=\"differs\">cannot</mark> keep the bridge open")
			.as("the words both versions give stay plain").doesNotContain("<mark class=\"differs\">can</mark>");
		assertThat(mvc.get().uri("/api/claims/" + discrepant.get(0).get("id"))).bodyJson()
			.extractingPath("$.claim.differences[?(@.kind == 'WORDING')].differingWords.*").asArray()
			.as("and the API gives them, article by article").containsExactlyInAnyOrder(List.of("cannot"), List.of());
		String figures = text("/api/stories/" + DisagreementStory.imported(imports) + "/claims?show=discrepant");
		assertThat(figures).as("figures and dates have no words to mark").contains("\"kind\":\"NUMBER\"")
			.doesNotContain("differingWords");
	}

	@Test
	void aClaimATimelineEntryAndASummaryLineAreShownWithoutTheDatelineTheirSentenceOpensWith() throws Exception {
		String body = """
				%s

				Published 3 March 2025

				%sFerry crews in Port Alder walked out on Monday over pay, stranding hundreds of passengers.

				The union said the strike would last until the operator reopened talks.
				""";
		importStory("test-ferry-strike", "the ferry strike", Map.of("harbour-times.txt",
				body.formatted("Ferry crews strike", "PORT ALDER — "), "coast-herald.txt",
				body.formatted("Ferries halted by strike", "")));

		assertThat(text("/api/stories/test-ferry-strike/claims")).contains("\"statement\":\"Ferry crews in Port Alder")
			.doesNotContain("\"statement\":\"PORT ALDER");
		assertThat(text("/api/stories/test-ferry-strike/timeline")).contains("Ferry crews in Port Alder walked out")
			.doesNotContain("\"description\":\"PORT ALDER");
		assertThat(text("/stories/test-ferry-strike")).doesNotContain("PORT ALDER — Ferry crews");
		assertThat(text("/articles/" + articleId("test-ferry-strike", "harbour-times.txt")))
			.as("the article itself keeps its dateline").contains("PORT ALDER — Ferry crews");
	}

	/** Imports a story of the given articles, its title marking it a test story as the journeys tell them apart. */
	private void importStory(String slug, String title, Map<String, String> articles) throws Exception {
		Path root = Files.createTempDirectory("parallax-" + slug);
		Path story = Files.createDirectories(root.resolve(slug));
		Files.writeString(story.resolve("story.properties"), "title=Test story: " + title + "\nslug=" + slug + "\n");
		for (Map.Entry<String, String> article : articles.entrySet()) {
			Files.writeString(story.resolve(article.getKey()), article.getValue());
		}
		assertThat(imports.importFolder(root, "test").succeeded()).isTrue();
	}

	private long articleId(String slug, String file) {
		List<Map<String, Object>> articles = mvc.get().uri("/api/stories/" + slug).assertThat().hasStatusOk().bodyJson()
			.extractingPath("$.articles").convertTo(List.class).actual();
		return articles.stream().filter(a -> file.equals(a.get("sourceFile")))
			.map(a -> ((Number) a.get("id")).longValue()).findFirst().orElseThrow();
	}

	@Test
	@SuppressWarnings("unchecked")
	void whereTheArticlesDifferListsTheClaimsWorthCheckingBesideTheFlaggedOnes() {
		List<Map<String, Object>> all = claims("/api/stories/" + seeds.slug() + "/claims?size=100");
		List<Object> differing = all.stream()
			.filter(c -> !((List<?>) c.get("differences")).isEmpty())
			.map(c -> c.get("id"))
			.toList();
		List<Object> onlyWorthChecking = all.stream()
			.filter(c -> !"DISCREPANT".equals(c.get("agreement")) && !((List<?>) c.get("differences")).isEmpty())
			.map(c -> c.get("id"))
			.toList();
		assertThat(onlyWorthChecking).as("the seeds have claims whose articles differ in a way worth checking").isNotEmpty();
		assertThat(claims("/api/stories/" + seeds.slug() + "/claims?show=discrepant&size=100"))
			.extracting(c -> c.get("id"))
			.containsExactlyElementsOf(differing);
		String matrix = text("/stories/" + seeds.slug() + "/claims?show=discrepant");
		assertThat(matrix).contains("Worth checking").doesNotContain("No claims match");
		Map<String, Object> worthChecking = all.stream().filter(c -> c.get("id").equals(onlyWorthChecking.get(0)))
			.findFirst().orElseThrow();
		List<String> values = ((List<Map<String, Object>>) worthChecking.get("differences")).stream()
			.flatMap(d -> ((Map<String, String>) d.get("values")).values().stream())
			.toList();
		assertThat(matrix).as("each article's value, in its cell").contains("Reports it, worth checking")
			.contains(values.stream().map(v -> HtmlUtils.htmlEscape(v.strip())).toList());
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> claims(String uri) {
		return mvc.get().uri(uri).assertThat().hasStatusOk().bodyJson().convertTo(List.class).actual();
	}

	private String text(String uri) {
		return mvc.get().uri(uri).assertThat().hasStatusOk().bodyText().actual();
	}

}
