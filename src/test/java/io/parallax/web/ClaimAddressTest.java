package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A claim's address stays good while its story is compared again: a claim keeps its id when articles are added or
 * changed, one taken over by another claim leads there, and one that is gone says so instead of "not found".
 */
@IntegrationTest
class ClaimAddressTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void claimsKeepTheirAddressesAcrossReimports(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		Map<Long, String> before = claims(story.slug());
		Long shared = sharedClaim(story.slug());

		assertThat(mvc.get().uri("/stories/{slug}/claims/{id}", story.slug(), shared)).hasStatusOk()
			.bodyText().contains("Who reports it").contains("Permanent link");
		assertThat(mvc.get().uri("/api/claims/{id}", shared)).hasStatusOk().bodyJson()
			.extractingPath("$.claim.statement").isEqualTo(before.get(shared));
		for (String address : new String[] { "/api/claims/" + shared, "/stories/" + story.slug() + "/claims/" + shared }) {
			assertThat(mvc.get().uri(address).exchange().getResponse().getHeader("ETag")).as(address).startsWith("W/\"");
		}
		assertThat(mvc.get().uri("/claims/{id}", shared)).hasStatus(301).hasHeader("Location",
				"/stories/" + story.slug() + "/claims/" + shared);
		assertThat(mvc.get().uri("/stories/{slug}/claims/{id}", "another-story", shared)).hasStatus(301);

		Path changed = story.folder().resolve("002_7a0600d7a3d15911.txt");
		Files.writeString(changed, Files.readString(changed)
				+ "\nThe harbour of Anchorage was closed to shipping for the day, port officials said.\n");
		imports.importFolder(root, "test");
		Map<Long, String> afterChange = claims(story.slug());
		long kept = before.keySet().stream().filter(afterChange::containsKey).count();
		System.out.printf("claim ids kept after one article changed: %d of %d%n", kept, before.size());
		assertThat(kept).as("ids kept after one article gained a paragraph").isGreaterThanOrEqualTo(before.size() * 9L / 10);
		assertThat(afterChange).containsKey(shared);

		Files.delete(story.folder().resolve("004_c8385735afe06fd6.txt"));
		imports.importFolder(root, "test");
		Map<Long, String> afterRemoval = claims(story.slug());
		List<Integer> statuses = afterChange.keySet().stream()
			.map(id -> mvc.get().uri("/stories/{slug}/claims/{id}", story.slug(), id).exchange().getResponse().getStatus())
			.toList();
		System.out.printf("after one article was removed: %s%n",
				statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())));
		assertThat(statuses).as("every earlier address still answers").containsOnly(200, 301, 410);
		assertThat(statuses).contains(410);
		Long goneId = afterChange.keySet().stream()
			.filter(id -> !afterRemoval.containsKey(id))
			.filter(id -> mvc.get().uri("/stories/{slug}/claims/{id}", story.slug(), id).exchange().getResponse()
				.getStatus() == 410)
			.findFirst().orElseThrow();
		assertThat(mvc.get().uri("/stories/{slug}/claims/{id}", story.slug(), goneId)).hasStatus(410)
			.bodyText().contains("This claim is gone", "Claim " + goneId + " is no longer");
		assertThat(mvc.get().uri("/api/claims/{id}", goneId)).hasStatus(410).bodyJson()
			.extractingPath("$.title").isEqualTo("Claim gone");
		assertThat(mvc.get().uri("/api/claims/{id}", 987_654_321L)).hasStatus(404);
	}

	@Test
	void aQuotedStatementHasAPageAndJsonWithEveryOutletsWording(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		Long quote = jdbc.sql("""
				select g.id from quote_group g join story s on s.id = g.story_id join quote q on q.group_id = g.id
				where s.slug = ? group by g.id having count(distinct q.article_id) >= 2 order by g.id limit 1""")
			.param(story.slug()).query(Long.class).single();
		String text = jdbc.sql("select text from quote_group where id = ?").param(quote).query(String.class).single();

		assertThat(mvc.get().uri("/api/quotes/{id}", quote)).hasStatusOk().bodyJson()
			.extractingPath("$.quote.text").isEqualTo(text);
		assertThat(mvc.get().uri("/api/quotes/{id}", quote)).bodyJson().extractingPath("$.quote.instances.length()")
			.asNumber().satisfies(n -> assertThat(n.intValue()).isGreaterThanOrEqualTo(2));
		assertThat(mvc.get().uri("/quotes/{id}", quote)).hasStatusOk().bodyText().contains("Carried by");
		assertThat(mvc.get().uri("/api/quotes/{id}", quote).exchange().getResponse().getHeader("ETag")).startsWith("W/\"");
		assertThat(mvc.get().uri("/quotes/{id}", 987_654_321L)).hasStatus(404);
	}

	@Test
	void quotedStatementsKeepTheirAddressesAcrossReimports(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		Map<Long, String> before = quotes(story.slug());

		Path changed = story.folder().resolve("002_7a0600d7a3d15911.txt");
		Files.writeString(changed, Files.readString(changed)
				+ "\n\"The harbour stays closed until further notice,\" port director Ana Lind said on Thursday.\n");
		imports.importFolder(root, "test");
		Map<Long, String> afterChange = quotes(story.slug());
		long kept = before.keySet().stream().filter(id -> before.get(id).equals(afterChange.get(id))).count();
		System.out.printf("quote ids kept, with their words, after one article changed: %d of %d%n", kept,
				before.size());
		assertThat(kept).as("every statement keeps its id when one article gains a quote").isEqualTo(before.size());
		assertThat(afterChange).hasSize(before.size() + 1);

		Files.delete(story.folder().resolve("004_c8385735afe06fd6.txt"));
		imports.importFolder(root, "test");
		List<Integer> statuses = afterChange.keySet().stream()
			.map(id -> mvc.get().uri("/quotes/{id}", id).exchange().getResponse().getStatus())
			.toList();
		System.out.printf("quote addresses after one article was removed: %s%n",
				statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())));
		assertThat(statuses).as("every earlier address still answers").isSubsetOf(200, 301, 410).contains(410);
		Long goneId = afterChange.keySet().stream()
			.filter(id -> mvc.get().uri("/quotes/{id}", id).exchange().getResponse().getStatus() == 410)
			.findFirst().orElseThrow();
		assertThat(mvc.get().uri("/quotes/{id}", goneId)).bodyText().contains("This quote is gone",
				"Quote " + goneId + " is no longer", afterChange.get(goneId));
		assertThat(mvc.get().uri("/api/quotes/{id}", goneId)).hasStatus(410).bodyJson()
			.extractingPath("$.title").isEqualTo("Quote gone");
	}

	private Map<Long, String> quotes(String slug) {
		return jdbc.sql("select g.id, g.text from quote_group g join story s on s.id = g.story_id where s.slug = ?")
			.param(slug)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<Long, String> claims(String slug) {
		return jdbc.sql("select c.id, c.statement from claim c join story s on s.id = c.story_id where s.slug = ?")
			.param(slug)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Long sharedClaim(String slug) {
		return jdbc.sql("""
				select c.id from claim c join story s on s.id = c.story_id where s.slug = ? and c.article_count >= 3
				order by c.position limit 1""").param(slug).query(Long.class).single();
	}

}
