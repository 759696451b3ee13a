package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Readers never see half an import, and a run cut off by a dying process is shown as failed at the next start.
 */
@IntegrationTest
class ImportSafetyTest {

	private static final int ARTICLES = 40;

	@Autowired
	private ImportService imports;

	@Autowired
	private ImportRunRecorder recorder;

	@Autowired
	private ImportHistory history;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aReaderPollingDuringAnImportSeesTheStoryWholeOrNotAtAll(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.harbourArticles(root, ARTICLES);
		Long run = imports.start(root, "test", "reader test");
		List<Integer> seen = new ArrayList<>();
		while (history.one(run).running()) {
			var response = mvc.get().uri("/api/stories/{slug}", story.slug()).exchange();
			seen.add(response.getResponse().getStatus() == 404 ? 0 : articleCount(response.getResponse().getContentAsString()));
		}
		assertThat(history.one(run).status()).isEqualTo("SUCCEEDED");
		System.out.printf("reader polled the story %d times during the import; saw article counts %s%n", seen.size(),
				seen.stream().distinct().toList());
		assertThat(seen).isNotEmpty().allMatch(count -> count == 0 || count == ARTICLES);
		assertThat(articleCount(mvc.get().uri("/api/stories/{slug}", story.slug()).exchange().getResponse()
			.getContentAsString())).isEqualTo(ARTICLES);
	}

	@Test
	void aRunLeftRunningByADeadProcessIsMarkedFailedAtTheNextStart() {
		ImportRun interrupted = recorder.start("test", "somewhere", null);
		assertThat(recorder.failInterrupted()).isGreaterThanOrEqualTo(1);
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !history.one(interrupted.getId()).running());
		assertThat(history.one(interrupted.getId()).message()).startsWith("interrupted");
	}

	private static int articleCount(String json) {
		return json.split("\"sourceFile\"").length - 1;
	}

}
