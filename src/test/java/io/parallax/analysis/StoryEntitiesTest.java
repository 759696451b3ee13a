package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A story's people across its articles: what one article says of someone tells who another article means. */
@IntegrationTest
class StoryEntitiesTest {

	@Autowired
	private ImportService imports;

	@Autowired
	private JdbcClient jdbc;

	private String speakerOf(String slug, String quoteStart) {
		return jdbc.sql("""
				select coalesce(e.name, '(no one)') from quote q join article a on a.id = q.article_id
				join story s on s.id = a.story_id left join entity e on e.id = q.speaker_entity_id
				where s.slug = ? and q.text like ?""").param(slug).param(quoteStart + "%").query(String.class).single();
	}

	@Test
	void aRoleHeldForSomeoneIsThePersonAnotherArticleNamesInIt(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root)
			.write("harbour-post.txt", """
					Port director charged with fraud

					Port director Tomas Lindqvist was charged with fraud on Monday, prosecutors said.
					Lindqvist’s attorney, Amara Haddad, said in a statement that the charges were “a clear attempt to silence him.”
					The port board said it would meet on Friday.
					""")
			.write("city-news.txt", """
					Port chief faces fraud charges

					The director of the city’s port, Tomas Lindqvist, was charged with fraud on Monday.
					“The arrest was completely unnecessary and staged for the cameras,” Lindqvist's attorney said.
					The board will meet on Friday to choose an acting director.
					""");
		assertThat(imports.importFolder(root, "test").succeeded()).isTrue();

		assertThat(speakerOf(story.slug(), "The arrest was completely unnecessary")).isEqualTo("Amara Haddad");
	}

	@Test
	void theOwnerOfARoleIsReadFromTheAppositionBeforeTheName() {
		NameMention haddad = new NameMention(1L, 1L, 27, 39, "Amara Haddad", "attorney", EntityKind.PERSON, false, false,
				false, false);
		assertThat(StoryEntities.ownedRole(haddad, "Lindqvist’s attorney, ")).contains("lindqvist’s attorney");
		NameMention longtime = new NameMention(1L, 1L, 36, 48, "Amara Haddad", "longtime attorney", EntityKind.PERSON,
				false, false, false, false);
		assertThat(StoryEntities.ownedRole(longtime, "Lindqvist's longtime attorney, ")).contains("lindqvist’s attorney");
		assertThat(StoryEntities.ownedRole(haddad, "The attorney, ")).isEmpty();
		assertThat(StoryEntities.ownedRole(haddad, "Lindqvist’s attorney and his friend ")).isEmpty();
		assertThat(StoryEntities.ownedRole(haddad, "Lindqvist’s driver, ")).isEmpty();
		assertThat(StoryEntities.ownedKey("stone's longtime attorney")).isEqualTo("stone’s attorney");
	}

}
