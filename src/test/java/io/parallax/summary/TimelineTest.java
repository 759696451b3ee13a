package io.parallax.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The timeline places each sentence once, at the date that dates it. */
@IntegrationTest
class TimelineTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	@Test
	void aSentenceOfSeveralDatesIsOneEntryAtTheDateThatDatesIt(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root).write("harbour-post.txt", """
				Okafor sworn in as mayor

				Published 4 March 2021

				Grace Okafor, who ran the port authority from 2009 to 2014, was sworn in as mayor on March 3, 2021.
				Her donations ranged from $40,000 in 2011 to more than $1 million in 2015 and 2019.
				She became the first 2020 candidate to publish her tax returns.
				The council will vote on her first budget in June.
				""");
		imports.importFolder(root, "test");

		List<Map<String, Object>> events = assertThat(mvc.get().uri("/api/stories/{slug}/timeline", story.slug()))
			.hasStatusOk()
			.bodyJson()
			.convertTo(List.class)
			.actual();
		assertThat(events).extracting(event -> event.get("dateText"))
			.containsExactlyInAnyOrder("March 3, 2021", "2011", "June");
		assertThat(mvc.get().uri("/stories/{slug}/timeline", story.slug())).hasStatusOk()
			.bodyText()
			.doesNotContain("first 2020 candidate");
	}

}
