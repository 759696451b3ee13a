package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which words are names, in the styles of many outlets: wire copy, American papers, cable news sites, British
 * papers. Each row is an article of one or more paragraphs (split by "¶"), the names a reader finds in it (each with
 * its kind), and words that must not come out as a name of their own: the fragments a tagger leaves when it cuts a
 * name apart or joins two.
 */
class MentionFinderTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			McMahon, the CEO of World Wrestling Entertainment, is one of the Republican Senate candidates running to face Blumenthal. | Senate:ORGANISATION; Blumenthal:PERSON | Republican Senate; Republican
			Akin is challenging Democratic Missouri Sen. Claire McCaskill in a race considered key to a GOP Senate majority come 2013. | GOP:ORGANISATION; Senate:ORGANISATION; Claire McCaskill:PERSON | GOP Senate
			A source told Fox News that Sen. John Cornyn, head of the Senate GOP campaign arm, already has told Akin. | Senate:ORGANISATION; GOP:ORGANISATION; John Cornyn:PERSON | Senate GOP
			LONDON — The vote handed the Conservative Parliament majority a defeat, Labour said. | Parliament:ORGANISATION; Labour:ORGANISATION | Conservative Parliament; Conservative
			The Democratic National Committee and the Republican National Committee both responded. | Democratic National Committee:ORGANISATION; Republican National Committee:ORGANISATION |
			"Federal law still prohibits marijuana, and existing jurisprudence (Gonzales v. Raich 2005) holds that federal law trumps state law," he said. | | Gonzales; Raich
			The ruling in Roe v. Wade was cited by both sides, as was Citizens United v. FEC. | | Roe; Wade; Citizens United v. FEC; Citizens United; FEC
			Much of their charitable giving passed through their philanthropic entity, the Clinton Family Foundation, the returns show. | Clinton Family Foundation:ORGANISATION | Family Foundation; Clinton
			He said he had served in the Nixon White House before law school. | Nixon:PERSON | Nixon White House
			In a post to Twitter, Wayne Pacelle, the CEO of The Humane Society of the United States, said he was grateful. | Humane Society of the United States:ORGANISATION; Wayne Pacelle:PERSON | Humane Society; United States
			She spoke at the Bank of America and the University of Denver on Friday. | Bank of America:ORGANISATION; University of Denver:ORGANISATION | America; Denver
			Clinton criticized the administration for its secrecy, according to The Hill. | The Hill:ORGANISATION | Hill
			BuzzFeed ran an article titled “The Obama Girls Could Not Be More Bored” on Friday. | | The Obama
			The case will be heard by the court in The Hague next month. | | The Hague
			Hunters should thank the Fish & Wildlife Service, the club wrote, as Johnson & Johnson did. | Fish & Wildlife Service:ORGANISATION; Johnson & Johnson:ORGANISATION | Wildlife Service
			The U.S. Fish and Wildlife Service said permits would be issued. ¶ A spokesperson for the U.S. Fish and Wildlife Service confirmed it. ¶ Hunters were told to “thank the Fish & Wildlife Service for its work.” | Fish & Wildlife Service:ORGANISATION; U.S. Fish and Wildlife Service:ORGANISATION | Wildlife Service; Fish
			As HuffPost reported Wednesday, the administration decided that sport hunting of elephants in those African countries would “enhance the survival of the species in the wild,” a spokesperson for the U.S. Fish and Wildlife Service said. | U.S. Fish and Wildlife Service:ORGANISATION | Wildlife Service; Fish and Wildlife Service; U.S.
			The lawsuit names the Department of Health and Human Services and the Securities and Exchange Commission. | Securities and Exchange Commission:ORGANISATION | Exchange Commission; Securities
			Mr. Trump and Justice Department officials met on Friday, as did Ms. Pelosi and Senate Democrats. | Trump:PERSON; Justice Department:ORGANISATION; Pelosi:PERSON | Trump and Justice Department
			President Trump announced Sunday that Defense Secretary James Mattis will be leaving the administration. | Trump:PERSON; James Mattis:PERSON | Defense
			WASHINGTON (AP) — Defense Secretary Jim Mattis told reporters on Friday that the troops would stay. | Jim Mattis:PERSON | Defense
			“I think Raul brings that,” Paul told reporters, according to the Spokesman-Review. | Paul:PERSON | Spokesman
			Rep. Alexandria Ocasio-Cortez spoke on Monday. ¶ Ocasio-Cortez said she would vote no. | Alexandria Ocasio-Cortez:PERSON; Ocasio-Cortez:PERSON | Ocasio; Cortez
			""")
	void findsNamesNotFragments(String sentence, String names, String fragments) {
		List<NameMention> mentions = AnalysedText.of(sentence.split("\\s*¶\\s*")).mentions();
		List<String> found = mentions.stream().map(m -> m.name() + ":" + m.kind()).toList();
		assertThat(found).containsAll(list(names));
		List<String> foundNames = mentions.stream().map(NameMention::name).toList();
		list(fragments).forEach(fragment -> assertThat(foundNames).doesNotContain(fragment));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			President Trump announced Sunday that Defense Secretary James Mattis will be leaving the administration. | James Mattis | Defense Secretary
			LONDON — Foreign Secretary Boris Johnson said on Sunday that the talks had failed. | Boris Johnson | Foreign Secretary
			President-elect Donald Trump met the outgoing president at the White House. | Donald Trump | President-elect
			Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb testified in October. | Charlene Lamb | Deputy Assistant Secretary for Diplomatic Security
			Representative-elect Mikie Sherrill said her pay should be withheld. | Mikie Sherrill | Representative-elect
			""")
	void aTitlesWordsStayWithTheTitle(String sentence, String name, String role) {
		NameMention mention = AnalysedText.of(sentence).mentions().stream()
			.filter(m -> m.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(mention.role()).isEqualTo(role);
	}

	private static List<String> list(String names) {
		return names == null ? List.of() : Arrays.stream(names.split(";")).map(String::strip).toList();
	}

}
