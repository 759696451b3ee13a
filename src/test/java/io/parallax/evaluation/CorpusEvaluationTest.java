package io.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.parallax.TestDatabase;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The evaluation: imports the development corpus (src/test/resources/corpus, or {@code -Devaluation.corpus=…})
 * and the seed story into a scratch schema, reads what Parallax says through its API, scores every stage against
 * what readers wrote, prints the figures per story and stage, and fails when a figure drops below its floor.
 * Run it alone with {@code ./mvnw test -Dtest=CorpusEvaluationTest}; what was missed or wrong is written to
 * target/evaluation-details.txt.
 */
@SpringBootTest(properties = { "spring.flyway.schemas=evaluation",
		"spring.datasource.hikari.connection-init-sql=set search_path to evaluation, public",
		"parallax.seeds.import-at-startup=never" })
@AutoConfigureMockMvc
@Import(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusEvaluationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	private EvaluationReport report;

	@BeforeAll
	void importAndScore() throws Exception {
		EvaluationCorpus corpus = EvaluationCorpus.prepare(EvaluationCorpus.location(), Path.of("seeds"));
		imports.importFolder(corpus.importRoot, "evaluation");
		List<StoryEvaluation> events = new ArrayList<>();
		for (EvaluationCorpus.Event event : corpus.events) {
			events.add(StoryEvaluation.of(event.name(), event.expected(), StoryOutput.read(event.name(), this::get)));
		}
		StoryEvaluation seeds = StoryEvaluation.of(corpus.seeds.name(), corpus.seeds.expected(),
				StoryOutput.read(corpus.seeds.name(), this::get));
		report = new EvaluationReport(events, seeds);
		System.out.print(report.table());
		System.out.println("what was missed or wrong: " + report.writeDetails(Path.of("target")));
	}

	@Test
	void everyStageHoldsItsFloorOnTheDevelopmentCorpus() {
		assertThat(report.corpus).hasSizeGreaterThanOrEqualTo(EvaluationCorpus.isDefaultCorpus() ? 10 : 1);
		Assumptions.assumeTrue(EvaluationCorpus.isDefaultCorpus(), "floors are set for the committed corpus only");
		List<String> below = Floors.CORPUS.stream().filter(f -> !f.holds(report)).map(Floor::toString).toList();
		Floors.CORPUS.forEach(f -> System.out.println("corpus floor: " + f.describe(report)));
		assertThat(below).as("figures below their floor").isEmpty();
	}

	@Test
	void theSeedStoryDoesNotGetWorse() {
		List<String> below = Floors.SEEDS.stream().filter(f -> !f.holds(report)).map(Floor::toString).toList();
		Floors.SEEDS.forEach(f -> System.out.println("seed floor: " + f.describe(report)));
		assertThat(below).as("figures below their floor").isEmpty();
	}

	private JsonNode get(String uri) {
		return JSON.readTree(mvc.get().uri(uri).assertThat().hasStatusOk().bodyText().actual());
	}

}
