package io.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.parallax.IntegrationTest;
import io.parallax.SqlStatementCounter;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Search over every story, as a reader and a script use it: English stems, accents and a person's other names,
 * phrases, filters, highlighted snippets, a clear message for a query that cannot be run, and an index that
 * follows every import. Expectations come from the seed texts, read by hand.
 */
@IntegrationTest
class SearchTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SearchCatalog search;

	@Autowired
	private ImportService imports;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SqlStatementCounter counter;

	private String seedSlug() {
		return search.search(new SearchRequest("Ushakov", SearchKind.STORY, null, null, 1)).hits().stream()
			.map(SearchHit::storySlug)
			.filter(slug -> !slug.startsWith("test-"))
			.findFirst()
			.orElseThrow();
	}

	private SearchResults inSeeds(String query, SearchKind kind) {
		return search.search(new SearchRequest(query, kind, seedSlug(), null, 1));
	}

	private static List<String> titles(SearchResults results) {
		return results.hits().stream().map(hit -> hit.title().text()).toList();
	}

	@Test
	void aWordFindsItsOtherFormsAndTheSnippetMarksThem() {
		// Every seed article has "talks" (summit talks) but none the bare word "talk".
		SearchResults results = inSeeds("talk", SearchKind.ARTICLE);
		assertThat(results.total()).isEqualTo(5);
		SearchHit invezz = results.hits().stream().filter(hit -> hit.outlets().contains("Invezz")).findFirst().orElseThrow();
		assertThat(invezz.title().parts()).contains(new Highlighted.Part("talks", true));
		assertThat(invezz.snippet().parts()).filteredOn(Highlighted.Part::match).extracting(Highlighted.Part::text)
			.containsOnly("talks");
	}

	@Test
	void accentsAreIgnoredAndAPersonsOtherSpellingsFindEveryArticleNamingHim() {
		assertThat(titles(inSeeds("Ushakóv", SearchKind.ENTITY))).containsExactly("Yuri Ushakov");
		// Two outlets spell him "Zelenskiy", the others "Zelensky": either spelling finds the articles of both.
		long zelenskiy = inSeeds("Zelenskiy", SearchKind.ARTICLE).total();
		long zelensky = inSeeds("Zelensky", SearchKind.ARTICLE).total();
		assertThat(zelenskiy).isEqualTo(zelensky).isGreaterThanOrEqualTo(4);
		assertThat(titles(inSeeds("Zelenskiy", SearchKind.ENTITY))).containsExactly("Volodymyr Zelensky");
	}

	@Test
	void aPhraseInQuotesFindsTheWordsTogetherOnly() {
		SearchResults phrase = inSeeds("\"three-way summit\"", SearchKind.CLAIM);
		assertThat(phrase.total()).isPositive();
		assertThat(titles(phrase)).allSatisfy(title -> assertThat(title.toLowerCase()).contains("three-way summit"));
		assertThat(inSeeds("\"summit three-way\"", SearchKind.CLAIM).total()).isZero();
		assertThat(inSeeds("Ushakov -Moscow", SearchKind.ARTICLE).total())
			.isLessThan(inSeeds("Ushakov", SearchKind.ARTICLE).total());
	}

	@Test
	void filtersByKindStoryAndOutlet() {
		String slug = seedSlug();
		SearchResults all = search.search(new SearchRequest("Putin", null, slug, null, 1));
		assertThat(all.countsByKind()).containsKeys(SearchKind.STORY, SearchKind.ARTICLE, SearchKind.CLAIM,
				SearchKind.ENTITY, SearchKind.QUOTE);
		assertThat(all.total()).isEqualTo(all.countsByKind().values().stream().mapToLong(Long::longValue).sum());
		assertThat(all.hits()).hasSize(SearchRequest.PAGE_SIZE).allSatisfy(hit -> assertThat(hit.storySlug()).isEqualTo(slug));
		assertThat(all.hits()).extracting(SearchHit::rank).isSortedAccordingTo((a, b) -> Double.compare(b, a));

		SearchResults invezz = search.search(new SearchRequest("Putin", SearchKind.ARTICLE, slug, "Invezz", 1));
		assertThat(invezz.hits()).singleElement().satisfies(hit -> {
			assertThat(hit.outlets()).containsExactly("Invezz");
			assertThat(hit.path()).startsWith("/articles/");
		});
		assertThat(search.search(new SearchRequest("Putin", null, "no-such-story", null, 1)).total()).isZero();
	}

	@Test
	void aLaterPageHoldsTheNextHits() {
		SearchRequest first = new SearchRequest("Putin", null, seedSlug(), null, 1);
		SearchResults one = search.search(first);
		SearchResults two = search.search(new SearchRequest("Putin", null, seedSlug(), null, 2));
		assertThat(two.hits()).isNotEmpty().doesNotContainAnyElementsOf(one.hits());
		assertThat(two.total()).isEqualTo(one.total());
	}

	@Test
	void theApiPagesByTheSizeAsked() {
		String slug = seedSlug();
		var five = assertThat(mvc.get().uri("/api/search?q=Putin&story={slug}&size=5", slug)).hasStatusOk();
		five.bodyJson().extractingPath("$.hits.length()").isEqualTo(5);
		five.headers().hasHeaderSatisfying("Link", links -> assertThat(links.get(0)).contains("page=2", "size=5"));
		var firstTen = search.search(new SearchRequest("Putin", null, slug, null, 1, 10)).hits();
		var secondFive = search.search(new SearchRequest("Putin", null, slug, null, 2, 5)).hits();
		assertThat(firstTen.subList(5, 10)).as("page 2 of five is the second five of ten").isEqualTo(secondFive);
		assertThat(new SearchRequest("Putin", null, null, null, 1, 0).size()).isEqualTo(1);
		assertThat(new SearchRequest("Putin", null, null, null, 1, 10_000).size()).isEqualTo(SearchRequest.MAX_SIZE);
	}

	@Test
	void queriesThatCannotBeRunGetAMessageNotAnError() {
		assertThat(search.search(new SearchRequest("   ", null, null, null, 1)).problem()).contains(SearchProblem.EMPTY);
		assertThat(search.search(new SearchRequest("Putin ".repeat(2000), null, null, null, 1)).problem())
			.contains(SearchProblem.TOO_LONG);
		assertThat(search.search(new SearchRequest("- \"\" OR !&|", null, null, null, 1)).problem())
			.contains(SearchProblem.NO_WORDS);
		assertThat(search.search(new SearchRequest("the and of", null, null, null, 1)).problem())
			.contains(SearchProblem.NO_WORDS);
		// SQL and tsquery syntax are only words to look for.
		assertThat(search.search(new SearchRequest("'); drop table story; -- Putin:* & (", null, null, null, 1))
			.problem()).isEmpty();
		assertThat(search.search(new SearchRequest("Putin\u0000\u0002 talks", null, null, null, 1)).total())
			.isPositive();

		// The page cache keys on the address, so the query goes in it (MockMvc's param() would not).
		for (String bad : List.of("", "x".repeat(10_000), "-", "' or 1=1 --", "\"", "&&&", "%00")) {
			assertThat(mvc.get().uri("/search?q={q}", bad)).hasStatusOk().bodyText().contains("search");
		}
		assertThat(mvc.get().uri("/search?q=")).bodyText().contains("Type a word, a name or a phrase");
		assertThat(mvc.get().uri("/api/search?q=-")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.detail").asString().contains("no words to look for");
		assertThat(mvc.get().uri("/api/search?q={q}", "x".repeat(10_000))).hasStatus(400)
			.bodyJson().extractingPath("$.detail").asString().contains("at most 500 characters");
	}

	@Test
	void aKindIsReadInAnyCaseAndBadParametersAreNamedInPlainWords() {
		assertThat(mvc.get().uri("/api/search?q=Putin&kind=quote")).hasStatusOk().bodyJson()
			.extractingPath("$.hits[*].kind").asArray().isNotEmpty().containsOnly("QUOTE");
		assertThat(mvc.get().uri("/api/search?q=Putin&kind=speech")).hasStatus(400).bodyJson()
			.extractingPath("$.detail").asString()
			.isEqualTo("The parameter ‘kind’ must be one of STORY, ARTICLE, QUOTE, CLAIM, ENTITY, not ‘speech’.");
		assertThat(mvc.get().uri("/api/search?q=Putin&page=999999999999")).hasStatus(400).bodyJson()
			.extractingPath("$.detail").asString()
			.isEqualTo("The parameter ‘page’ cannot be ‘999999999999’: that number is too large.");
		assertThat(mvc.get().uri("/api/search?q=Putin&page=two")).hasStatus(400).bodyJson()
			.extractingPath("$.detail").asString().isEqualTo("The parameter ‘page’ must be a whole number, not ‘two’.");
		String noStory = "There is no story with the address “nope”. Choose a story from the list, or search every story.";
		assertThat(mvc.get().uri("/api/search?q=Putin&story=nope")).hasStatus(400).bodyJson()
			.extractingPath("$.detail").asString().isEqualTo(noStory);
		assertThat(mvc.get().uri("/search?q=Putin&story=nope")).hasStatusOk().bodyText().contains(noStory)
			.doesNotContain("No results for");
	}

	@Test
	void thePageAndTheApiShowTheSameHits() {
		String slug = seedSlug();
		var json = assertThat(mvc.get().uri("/api/search?q=Ushakov&story={slug}&kind=ENTITY", slug)).hasStatusOk().bodyJson();
		json.extractingPath("$.total").isEqualTo(1);
		json.extractingPath("$.hits[0].titleText").isEqualTo("Yuri Ushakov");
		json.extractingPath("$.hits[0].url").asString().startsWith("/entities/");
		json.extractingPath("$.hits[0].title[?(@.match == true)].text").asArray().containsExactly("Ushakov");

		assertThat(mvc.get().uri("/search?q=Ushakov&story={slug}", slug)).hasStatusOk().bodyText()
			.contains("<mark>Ushakov</mark>")
			.contains("Kremlin aide Yuri <mark>Ushakov</mark>")
			.contains("results for “Ushakov”");
	}

	/**
	 * A word in more entries than the cap: counted only up to it ("more than"), a kind at a time, and only the best
	 * {@link SearchCatalog#RANKED} listed. The entries are added for this test under a word no text holds.
	 */
	@Test
	void countsStopAtTheCapAndThePageSaysMoreThan() {
		jdbc.sql("""
				insert into search_entry (story_id, kind, target_id, title, body, extra, outlets)
				select (select min(id) from story), case when g <= 3 then 'ARTICLE' else 'CLAIM' end, 900000000 + g,
				       case when g % 7 = 0 then 'Zyzzogeton' else 'Entry' end, 'zyzzogeton', '', '{}'
				from generate_series(1, 1010) g""").update();
		jdbc.sql("select search_derive_story(min(id)) from story").query(Integer.class).single();
		try {
			SearchResults results = search.search(new SearchRequest("zyzzogeton", null, null, null, 1));
			assertThat(results.countsByKind()).containsEntry(SearchKind.CLAIM, (long) SearchCatalog.COUNT_CAP)
				.containsEntry(SearchKind.ARTICLE, 3L);
			assertThat(results.cappedKinds()).containsExactly(SearchKind.CLAIM);
			assertThat(results.total()).isEqualTo(SearchCatalog.COUNT_CAP + 3);
			assertThat(results.totalCapped()).isTrue();
			assertThat(results.listed()).isEqualTo(SearchCatalog.RANKED);
			assertThat(results.hits()).hasSize(SearchRequest.PAGE_SIZE)
				.allSatisfy(hit -> assertThat(hit.title().text()).isEqualTo("Zyzzogeton"));
			assertThat(search.search(new SearchRequest("zyzzogeton", SearchKind.ARTICLE, null, null, 1)))
				.satisfies(articles -> {
					assertThat(articles.totalCapped()).isFalse();
					assertThat(articles.total()).isEqualTo(3);
				});
			int lastPage = SearchCatalog.RANKED / SearchRequest.PAGE_SIZE;
			assertThat(search.search(new SearchRequest("zyzzogeton", null, null, null, lastPage + 5)).hits())
				.hasSize(SearchRequest.PAGE_SIZE);

			assertThat(mvc.get().uri("/search?q=zyzzogeton")).hasStatusOk().bodyText()
				.contains("More than 1,003 results for “zyzzogeton”")
				.contains("Claims (more than 1,000)")
				.contains("Articles (3)")
				.contains("Only the " + SearchCatalog.RANKED + " best-ranked are listed");
			var json = assertThat(mvc.get().uri("/api/search?q=zyzzogeton")).hasStatusOk().bodyJson();
			json.extractingPath("$.total").isEqualTo(SearchCatalog.COUNT_CAP + 3);
			json.extractingPath("$.totalCapped").isEqualTo(true);
			json.extractingPath("$.cappedKinds").asArray().containsExactly("CLAIM");
			json.extractingPath("$.listed").isEqualTo(SearchCatalog.RANKED);
			assertThat(mvc.get().uri("/api/search?q=zyzzogeton")).hasStatusOk()
				.hasHeader("X-Total-Count", String.valueOf(SearchCatalog.COUNT_CAP + 3))
				.hasHeader("X-Total-Count-Capped", "true");
			// Two words: the counts are a scan's, capped the same way.
			assertThat(search.search(new SearchRequest("zyzzogeton or entry", null, null, null, 1)).countsByKind())
				.containsEntry(SearchKind.CLAIM, (long) SearchCatalog.COUNT_CAP);
		}
		finally {
			jdbc.sql("delete from search_entry where target_id > 900000000").update();
			jdbc.sql("select search_derive_story(min(id)) from story").query(Integer.class).single();
		}
	}

	/**
	 * A one-word query reads the counts made at import; any other counts by scanning its matches. The same word
	 * twice is the same search by the other way, so the two must agree.
	 */
	@Test
	void theCountsMadeAtImportAgreeWithTheMatches() {
		for (String word : List.of("Putin", "talks", "Zelenskiy", "summit", "Ushakóv", "said")) {
			assertThat(search.search(new SearchRequest(word, null, null, null, 1)).countsByKind()).as(word)
				.isNotEmpty()
				.isEqualTo(search.search(new SearchRequest(word + " " + word, null, null, null, 1)).countsByKind());
			assertThat(search.search(new SearchRequest(word, null, seedSlug(), null, 1)).countsByKind()).as(word)
				.isEqualTo(search.search(new SearchRequest(word + " " + word, null, seedSlug(), null, 1)).countsByKind());
		}
	}

	/**
	 * The API's X-Total-Count is how many results match, not how many a page lists, and says whether it is exact.
	 * The response is kept by the page cache (a second request costs the version lookup alone); a page number past
	 * the last shows the last page but is not kept, so that made-up page numbers cannot fill the cache.
	 */
	@Test
	void theApiSaysHowManyMatchAndItsResponsesAreKeptUnderTheirOwnAddress() {
		String address = "/api/search?q=Putin&story=" + seedSlug();
		var response = mvc.get().uri(address).exchange().getResponse();
		long total = search.search(new SearchRequest("Putin", null, seedSlug(), null, 1)).total();
		assertThat(total).isGreaterThan(SearchRequest.PAGE_SIZE);
		assertThat(response.getHeader("X-Total-Count")).isEqualTo(String.valueOf(total));
		assertThat(response.getHeader("X-Total-Count-Capped")).isEqualTo("false");
		assertThat(response.getHeader("Link")).contains("page=2");

		counter.reset();
		assertThat(mvc.get().uri(address)).hasStatusOk().hasHeader("X-Total-Count", String.valueOf(total));
		assertThat(counter.count()).as("served from the page cache").isEqualTo(1);

		long pages = (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE;
		for (int i = 0; i < 2; i++) {
			counter.reset();
			assertThat(mvc.get().uri(address + "&page=999")).hasStatusOk().bodyJson().extractingPath("$.page")
				.isEqualTo((int) pages);
			assertThat(counter.count()).as("a page past the last is searched again, never kept").isGreaterThan(1);
		}
		counter.reset();
		assertThat(mvc.get().uri("/search?q=Putin&page=999&story=" + seedSlug())).hasStatusOk();
		assertThat(mvc.get().uri("/search?q=Putin&page=999&story=" + seedSlug())).hasStatusOk();
		assertThat(counter.count()).as("nor is the page's").isGreaterThan(2);
	}

	/**
	 * A snippet is cut from the first lines of a body that match, so a word far down an article (past the first
	 * 1,000 characters, which are all a snippet reads when no line matches) is still shown marked; a word found only
	 * in the title leaves the snippet at the body's beginning.
	 */
	@Test
	void aSnippetComesFromTheLinesThatMatch(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root);
		story.write("fastnet.txt", """
				Lighthouse keepers return to Fastnet

				Keepers will live on the Fastnet rock again from next spring, the lighthouse board said on Monday.

				The board said the automated lamps had failed twice in the storms of last winter.

				Ships passing the rock had reported the light dark for hours at a time.

				The board's engineers spent the autumn on the rock, replacing the generators and the radio mast, and
				found the tower sound after a century and a half of Atlantic weather.

				Two crews of three will work four weeks on and four weeks off, as the keepers did before the light was
				automated, and will be brought out by boat or, in bad weather, by helicopter from Cork.

				Fishermen in Schull and Baltimore welcomed the news, saying a watched light was worth more to them than
				any number of sensors, though some asked why the board had taken so long to decide.

				The board did not say what bringing the keepers back would cost, but said it would publish the figure
				with its annual accounts in the summer, alongside the cost of the storm repairs.

				The last keepers left the rock in 1989, and their cottages ashore became a museum.
				""");
		assertThat(imports.importFolder(root, "test").succeeded()).isTrue();
		assertThat(jdbc.sql("select length(body) from search_entry e join story s on s.id = e.story_id "
				+ "where s.slug = ? and e.kind = 'ARTICLE'").param(story.slug()).query(Integer.class).single())
			.isGreaterThan(1_000);
		SearchHit museum = search.search(new SearchRequest("museum", SearchKind.ARTICLE, story.slug(), null, 1)).hits()
			.get(0);
		assertThat(museum.snippet().parts()).filteredOn(Highlighted.Part::match).extracting(Highlighted.Part::text)
			.containsExactly("museum");
		assertThat(museum.snippet().text()).contains("cottages ashore became a museum");
		SearchHit returning = search.search(new SearchRequest("returning", SearchKind.ARTICLE, story.slug(), null, 1))
			.hits().get(0);
		assertThat(returning.title().parts()).contains(new Highlighted.Part("return", true));
		assertThat(returning.snippet().parts()).noneMatch(Highlighted.Part::match);
		assertThat(returning.snippet().text()).startsWith("Keepers will live on the Fastnet rock");
	}

	@Test
	void aPartysNicknameFindsTheParty(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root);
		story.write("budget.txt", """
				Senate passes the farm budget

				The Senate passed the farm budget on Tuesday after two Republicans joined the Democrats.
				The GOP leader said the vote would not change his party's plans for the autumn.
				Democrats said the bill would reach the House next week.
				""");
		assertThat(imports.importFolder(root, "test").succeeded()).isTrue();
		assertThat(titles(search.search(new SearchRequest("GOP", SearchKind.ENTITY, story.slug(), null, 1))))
			.containsExactly("Republican Party");
		assertThat(jdbc.sql("select unnest(aliases) from entity e join story s on s.id = e.story_id "
				+ "where s.slug = ? and e.name = 'Republican Party'").param(story.slug()).query(String.class).list())
			.contains("GOP", "Republicans");
	}

	@Test
	void everyPageHasTheSearchBox() {
		for (String page : List.of("/", "/stories/" + seedSlug(), "/search")) {
			assertThat(mvc.get().uri(page)).hasStatusOk().bodyText().contains("role=\"search\"")
				.contains("action=\"/search\"");
		}
	}

	@Test
	void theIndexFollowsEveryImport(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root);
		story.write("harbour.txt", """
				Harbour pilots strike over new quotas

				The harbour pilots of Valparaíso stopped work on Monday over the new quotas, their union said.
				The port authority said talks with the pilots would resume on Friday.
				""");
		assertThat(imports.importFolder(root, "test").succeeded()).isTrue();
		SearchRequest quotas = new SearchRequest("Valparaiso quota", SearchKind.ARTICLE, story.slug(), null, 1);
		assertThat(titles(search.search(quotas))).containsExactly("Harbour pilots strike over new quotas");

		Path file = story.folder().resolve("harbour.txt");
		Files.writeString(file, Files.readString(file).replace("quotas", "tariffs"));
		assertThat(imports.importFolder(root, "test").succeeded()).isTrue();
		assertThat(search.search(quotas).total()).isZero();
		assertThat(titles(search.search(new SearchRequest("tariff", SearchKind.ARTICLE, story.slug(), null, 1))))
			.containsExactly("Harbour pilots strike over new tariffs");

		story.delete("harbour.txt").write("other.txt", """
				Ferry crews join the harbour dispute

				The ferry crews of Valparaíso joined the dispute on Tuesday, their union said in a statement.
				The crews want the same terms as the pilots, and the port authority said it would meet them next week.
				Ferries to the islands were cancelled for the day, and travellers were told to expect delays.
				""");
		assertThat(imports.importFolder(root, "test").succeeded()).isTrue();
		assertThat(search.search(new SearchRequest("tariff", SearchKind.ARTICLE, story.slug(), null, 1)).total())
			.as("a retired article leaves the index").isZero();
		assertThat(search.search(new SearchRequest("ferry", null, story.slug(), null, 1)).countsByKind())
			.containsEntry(SearchKind.ARTICLE, 1L);
		assertThat(Map.copyOf(search.search(new SearchRequest("ferry", null, story.slug(), null, 1)).countsByKind()))
			.containsKey(SearchKind.STORY);
	}

}
