package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.analysis.AnalysisVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deployment that reads articles better shows it on the stories it already holds: an article analysed by an
 * older version of the analysis is read again at start-up, and by an import of its story though its file is
 * unchanged, and its story compared and summarised again.
 */
@IntegrationTest
class AnalysisUpgradeTest {

	@Autowired
	private ImportService imports;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anArticleAnalysedByAnOlderVersionIsAnalysedAgainAtStartUp(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		long version = storyVersion(story.slug());
		analysedByAnOlderVersion(story.slug());

		imports.analyseWhatIsMissing();

		assertThat(versionsOfAnalyses(story.slug())).containsOnly(AnalysisVersion.CURRENT);
		assertThat(storyVersion(story.slug())).as("compared and summarised again").isGreaterThan(version);
	}

	@Test
	void anImportOfTheStoryAnalysesAgainWhatAnOlderVersionRead(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		long version = storyVersion(story.slug());
		analysedByAnOlderVersion(story.slug());

		ImportOutcome again = imports.importFolder(root, "test");

		assertThat(again.succeeded()).isTrue();
		assertThat(versionsOfAnalyses(story.slug())).containsOnly(AnalysisVersion.CURRENT);
		assertThat(storyVersion(story.slug())).isGreaterThan(version);
	}

	private void analysedByAnOlderVersion(String slug) {
		jdbc.sql("""
				update article_analysis set version = ? where article_id in
				  (select a.id from article a join story s on s.id = a.story_id where s.slug = ?)""")
			.params(AnalysisVersion.CURRENT - 1, slug)
			.update();
	}

	private java.util.List<Integer> versionsOfAnalyses(String slug) {
		return jdbc.sql("""
				select x.version from article_analysis x join article a on a.id = x.article_id
				  join story s on s.id = a.story_id where s.slug = ?""")
			.param(slug)
			.query(Integer.class)
			.list();
	}

	private long storyVersion(String slug) {
		return jdbc.sql("select version from story where slug = ?").param(slug).query(Long.class).single();
	}

}
