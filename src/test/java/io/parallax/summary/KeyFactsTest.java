package io.parallax.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A key fact's other values are the values of its own kind that other articles give for the same claim: the
 * inquiry's length against its length, not against its cost.
 */
@IntegrationTest
class KeyFactsTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	@Test
	void aKeyFactsOtherValuesAreOfItsOwnKind(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root)
			.write("valley-courier.txt", article("eight years"))
			.write("river-gazette.txt", article("seven years"));
		imports.importFolder(root, "test");

		var facts = assertThat(mvc.get().uri("/api/stories/{slug}/facts", story.slug())).hasStatusOk().bodyJson();
		facts.extractingPath("$[?(@.kind == 'MONEY')].differingValues[*]").asArray().isEmpty();
		facts.extractingPath("$[?(@.kind == 'DURATION' && @.value == 8)].differingValues[*]").asArray()
			.containsExactly("seven years");
	}

	@Test
	void aKeyFactsOtherValuesAreOfTheClaimsThatGiveItNotOfAnotherCountOfTheSameNumber(@TempDir Path root)
			throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root)
			.write("valley-courier.txt", """
					Envoy back in the capital for talks

					The envoy has made four trips to the capital this year, officials said on Monday.
					The rebels still hold four provinces in the north of the country.
					Talks on a ceasefire are expected to resume next month.
					""")
			.write("river-gazette.txt", """
					Envoy meets the president again

					The envoy met the president in the capital on his fifth trip this year, officials said on Monday.
					Four provinces in the north remain under rebel control.
					Both sides said the talks had been useful.
					""");
		imports.importFolder(root, "test");

		var facts = assertThat(mvc.get().uri("/api/stories/{slug}/facts", story.slug())).hasStatusOk().bodyJson();
		facts.extractingPath("$[?(@.text =~ /.*trips.*/)].differingValues[*]").asArray().containsExactly("fifth trip");
		facts.extractingPath("$[?(@.text =~ /.*provinces.*/)].differingValues[*]").asArray().isEmpty();
	}

	@Test
	void aKeyFactsOtherValuesCountTheSameThing(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root)
			.write("valley-courier.txt", indictment("48-page"))
			.write("river-gazette.txt", indictment("47-page"));
		imports.importFolder(root, "test");

		var facts = assertThat(mvc.get().uri("/api/stories/{slug}/facts", story.slug())).hasStatusOk().bodyJson();
		facts.extractingPath("$[?(@.text =~ /.*48-page.*/)].differingValues[*]").asArray().containsExactly("47-page");
		facts.extractingPath("$[?(@.text =~ /.*relatives.*/)].differingValues[*]").asArray().isEmpty();
	}

	@Test
	void aRankOrASingleDayIsNoKeyFact(@TempDir Path root) throws Exception {
		String article = """
				Adviser leaves after a day of talks

				Brett Ellis, the third national security adviser to leave this year, resigned after a day of talks.
				He had led a team of 40 officials, aides said on Friday.
				The White House named no successor.
				""";
		StoryFolderFixture story = StoryFolderFixture.empty(root)
			.write("valley-courier.txt", article)
			.write("river-gazette.txt", article.replace("aides said", "his aides said"));
		imports.importFolder(root, "test");

		var facts = assertThat(mvc.get().uri("/api/stories/{slug}/facts", story.slug())).hasStatusOk().bodyJson();
		facts.extractingPath("$[*].text").asArray().contains("40 officials")
			.noneSatisfy(text -> assertThat((String) text).containsAnyOf("third", "a day"));
	}

	private static String indictment(String length) {
		return """
				Congressman indicted over campaign spending

				The %s indictment says the congressman spent campaign money on almost a dozen relatives.
				Prosecutors said the spending went on for seven years before it was discovered.
				His lawyer said the congressman would fight the charges in court.
				""".formatted(length);
	}

	private static String article(String length) {
		return """
				Dam inquiry reports at last

				The inquiry into the collapse of the Brennock dam took %s and cost $40 million, the commission said on Monday.
				Its report blames the regional water board for ignoring cracks found in the spillway.
				Families of the victims said they would read it before deciding whether to sue.
				""".formatted(length);
	}

}
