package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sources a sentence cites, as a reader lists them: a statement someone speaks through is how they said it, not
 * a second source; a statement an organisation released is a document it published.
 */
class AttributionFinderTest {

	private static List<String> sources(String sentence) {
		AnalysedText text = AnalysedText.of(sentence);
		return new AttributionFinder().find(text.context).stream().map(a -> a.source() + " (" + a.kind() + ")")
			.toList();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Mayor Ana Ruiz said in a statement that the budget was balanced. | Ana Ruiz (PERSON)
			Paul Grant wrote in a letter to the council that he would resign. | Paul Grant (PERSON)
			“We will appeal,” Senator Dana Price said in a joint statement with two colleagues. | Dana Price (PERSON)
			""")
	void aStatementSomeoneSpeaksThroughIsNoSecondSource(String sentence, String source) {
		assertThat(sources(sentence)).containsExactly(source);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			On Wednesday, the Kremlin released a vague statement about the visit, calling the talks “constructive”. | Kremlin statement (DOCUMENT)
			A statement on the council's website said the vote would be held in June. | statement (DOCUMENT)
			""")
	void aReleasedOrUnspokenStatementIsADocument(String sentence, String document) {
		assertThat(sources(sentence)).contains(document);
	}

}
