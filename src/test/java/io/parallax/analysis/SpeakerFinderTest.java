package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who said it, in the attribution styles of many outlets: wire copy, American and British papers, broadcasters'
 * websites. Each row is an article of one or two paragraphs (split by "¶"), the opening words of a quote, and the
 * speaker a reader names.
 */
class SpeakerFinderTest {

	@ParameterizedTest(name = "{1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			“We will not back down,” said Maria Lopez, the mayor of the city. | We will not back down | Maria Lopez
			“We will not back down,” Lopez said. | We will not back down | Lopez
			Mayor Maria Lopez told reporters: “We will not back down.” | We will not back down | Maria Lopez
			“For years I lived off my campaign,” Mr. Jackson, 47, said in court. | For years I lived | Jackson
			Sen. Patrick Leahy (D-Vt.) called the speech “a tawdry stunt” in a statement. | a tawdry stunt | Patrick Leahy
			Chief Justice John Roberts doubted the claim. “Is it true that pay was lower?” he asked. | Is it true | John Roberts
			“Stop lying!” Mr. Fox wrote. “Show some respect.” | Stop lying | Fox
			“Stop lying!” Mr. Fox wrote. “Show some respect.” | Show some respect | Fox
			Gov. John Hickenlooper told The Denver Post he had spoken with officials. ¶ “I’m not sure a lawsuit helps,” he said. | I’m not sure | John Hickenlooper
			Netanyahu told Sens. Dick Durbin and Dianne Feinstein that he regrets the invitation. ¶ “My sole intention was to voice Israel’s concerns,” he told the senators in a letter. | My sole intention | Netanyahu
			Susan Rice spoke to Charlie Rose. “We’ve worked very hard to have that,” she said. | We’ve worked very hard | Susan Rice
			“The issues at stake are too big,” the senators said in a statement. | The issues at stake | the senators
			“Marijuana flows from this gap into neighboring states,” the lawsuit says. | Marijuana flows | the lawsuit
			“Mitt Romney should do the right thing,” a statement from the Democratic National Committee said. | Mitt Romney should | Democratic National Committee
			Trump wrote on Twitter: ¶ “Mexico will pay for the wall!” | Mexico will pay | Trump
			“This is an abuse of power,” said Joseph diGenova, a former prosecutor. ¶ “Make no mistake,” he said. | Make no mistake | Joseph diGenova
			“The decisions are informed by the values the company provides,” Sellers said. “They are not made in a vacuum.” | They are not made | Sellers
			According to Ushakov, the talks were “useful and constructive”. | useful and constructive | Ushakov
			“It is a very opportunistic move,” Fox said of President Peña. ¶ “It is a desperate move,” he added. | It is a desperate move | Fox
			""")
	void findsTheSpeaker(String article, String opening, String speaker) {
		AnalysedText text = AnalysedText.of(article.split("\\s*¶\\s*"));
		assertThat(text.speakerOf(opening)).isEqualTo(speaker);
	}

}
