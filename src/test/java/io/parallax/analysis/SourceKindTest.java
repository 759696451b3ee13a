package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kind of a source the tagger did not name, from its description as outlets write them: people are anonymous
 * sources, papers (a lawsuit, an indictment, court documents, a note) are documents, outlets are media, and a
 * capitalised name the tagger missed is an organisation.
 */
class SourceKindTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			the lawsuit                                              | DOCUMENT
			the suit                                                 | DOCUMENT
			The complaint                                            | DOCUMENT
			the lawsuit from Nebraska and Oklahoma                   | DOCUMENT
			the indictment                                           | DOCUMENT
			court documents released by federal prosecutors          | DOCUMENT
			a handwritten note on the petition                       | DOCUMENT
			U.S. officials                                           | ANONYMOUS
			officials familiar with the report                       | ANONYMOUS
			a spokesman for the campaign                             | ANONYMOUS
			some sheriffs and police officers in rural counties      | ANONYMOUS
			people with knowledge of the filing                      | ANONYMOUS
			media reports                                            | MEDIA
			the Great Elephant Census                                | ORGANISATION
			the Center for Biological Diversity                      | ORGANISATION
			the Kremlin's press office                               | ANONYMOUS
			the U.S. Attorney’s Office                               | ORGANISATION
			the District Attorney’s Office                           | ORGANISATION
			a Pentagon official                                      | ANONYMOUS
			Officials of the Justice Department                      | ANONYMOUS
			an agency spokesperson                                   | ANONYMOUS
			a report by a congressional watchdog agency              | DOCUMENT
			a Russian news agency                                    | MEDIA
			Officials                                                | ANONYMOUS
			Sources                                                  | ANONYMOUS
			Senior Administration Officials                          | ANONYMOUS
			""")
	void kindOfAnUnnamedSource(String description, SourceKind kind) {
		assertThat(AttributionFinder.kindOf(null, Speaker.described(description, "said"))).isEqualTo(kind);
	}

}
