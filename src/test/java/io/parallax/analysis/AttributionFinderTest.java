package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sources a sentence cites, as a reader lists them: a statement someone speaks through is how they said it, not
 * a second source; a statement an organisation released is a document it published; a paper named by its sender or
 * addressee ("a letter to the council") is a source of its own.
 */
class AttributionFinderTest {

	private static List<String> sources(String sentence) {
		return sources(AnalysedText.of(sentence));
	}

	private static List<String> sources(AnalysedText text) {
		return new AttributionFinder().find(text.context).stream().map(a -> a.source() + " (" + a.kind() + ")")
			.toList();
	}

	@ParameterizedTest(name = "{2} in {0}")
	@CsvSource(delimiter = '|', textBlock = """
			fox-news.txt                  |          | A government source told Fox News that the FBI had the stamps.
			fox-news.txt                  |          | Fox News has confirmed that McGurk submitted his resignation letter on Friday.
			huffpost.txt                  |          | Mason Tvert told The Huffington Post that the suit is without merit.
			huffpost.txt                  |          | As HuffPost reported Wednesday, the administration lifted the ban.
			www.nytimes.com_politics.html |          | Mr. Brat told The New York Times that he would not debate.
			0001.txt                      | HuffPost | Pelosi did not agree in a Monday interview with The Huffington Post.
			""")
	void anArticlesOwnOutletIsNoSource(String file, String outlet, String sentence) {
		assertThat(sources(AnalysedText.from(file, outlet, sentence))).noneMatch(s -> s.endsWith("(MEDIA)"));
	}

	@ParameterizedTest(name = "{1} in {0}")
	@CsvSource(delimiter = '|', textBlock = """
			huffpost.txt       | A law enforcement source told Fox News the package was similar. | Fox News (MEDIA)
			fox-news.txt       | “He is not welcome to Mexico,” Fox told CNN.                     | CNN (MEDIA)
			new-york-times.txt | Romney said on Fox News that the platform was not his.           | Fox News (MEDIA)
			0001.txt           | A government source told Fox News that the FBI had the stamps.   | Fox News (MEDIA)
			""")
	void anotherOutletIsASource(String file, String sentence, String source) {
		assertThat(sources(AnalysedText.from(file, null, sentence))).contains(source);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Mayor Ana Ruiz said in a statement that the budget was balanced. | Ana Ruiz (PERSON)
			Paul Grant wrote in a letter that he would resign. | Paul Grant (PERSON)
			Theodore J. Boutrous Jr., a lawyer for Wal-Mart, said the handful of women named as plaintiffs did not have typical experiences. | Theodore J. Boutrous Jr (PERSON)
			Mike Huckabee, a former Republican governor of Arkansas and preacher who has announced his run for the presidency on Tuesday, has been outspoken. | Mike Huckabee (PERSON)
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

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Defense Secretary Ash Carter, in a letter Monday to a senior member of Congress, said he's sympathetic to the families. | a letter Monday to a senior member of Congress (DOCUMENT)
			In a letter to Senate Majority Leader Mitch McConnell and Reid, Obama warned the bill could cause chaos. | a letter to Senate Majority Leader Mitch McConnell and Reid (DOCUMENT)
			Fox News obtained a letter sent from Hunter's attorney, Gregory A. Vega, to the Justice Department. | a letter sent from Hunter's attorney (DOCUMENT)
			The American Civil Liberties Union, in a recent letter to Congress, encouraged lawmakers to vote against the bill. | a recent letter to Congress (DOCUMENT)
			In a letter released by Mr. Durbin’s office, Mr. Netanyahu wrote that he regretted it. | a letter released by Mr. Durbin’s office (DOCUMENT)
			One-hundred candidates signed a letter to Pelosi and other congressional leaders demanding the reforms be first. | a letter to Pelosi and other congressional leaders (DOCUMENT)
			A report by a nonpartisan congressional watchdog agency found that the commission often deadlocks. | A report by a nonpartisan congressional watchdog agency (DOCUMENT)
			Paul Grant wrote in a letter to the council that he would resign. | a letter to the council (DOCUMENT)
			""")
	void aPaperNamedByItsSenderOrAddresseeIsASourceOfItsOwn(String sentence, String source) {
		assertThat(sources(sentence)).contains(source);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Tiny traces are typically used as a roadmap to the suspect’s door, investigators and bomb experts say. | investigators and bomb experts (ANONYMOUS)
			Administration officials warn that it would put Americans overseas at legal risk. | Administration officials (ANONYMOUS)
			Supporters of the women say that the ruling could remove a valuable weapon. | Supporters of the women (ANONYMOUS)
			It was an approach that some of Mr. Trump’s former advisers say the president never fully comprehended. | some of Mr. Trump’s former advisers (ANONYMOUS)
			The plan has never been popular, people close to him have said. | people close to him (ANONYMOUS)
			It did not appear that the charges would include fraud, although several of the people noted that the inquiry went on. | several of the people (ANONYMOUS)
			Healthalicious, the restaurant that the people said was a focus of the inquiry, was on Second Avenue. | the people (ANONYMOUS)
			Political observers in Arizona cautioned that the governor is deliberate and not prone to act hastily. | Political observers in Arizona (ANONYMOUS)
			Many see the next leader as influencing the House handling of immigration reform, which stalled as conservative members said they would not support it. | conservative members (ANONYMOUS)
			Some members of Pinto's congregation subsequently said they made illegal contributions. | Some members of Pinto's congregation (ANONYMOUS)
			""")
	void peopleDescribedNotNamedAreCitedWholeInThePresentToo(String sentence, String source) {
		assertThat(sources(sentence)).containsExactly(source);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Sayoc has a lengthy criminal history in Florida dating back to 1991, public records show. | public records (DOCUMENT)
			As the hearing got under way, newly filed court papers disclosed that the judge had offered to step aside. | newly filed court papers (DOCUMENT)
			Documents released on Friday showed how the money was spent. | Documents released on Friday (DOCUMENT)
			Prices rose again in March, and data show the trend continuing. | data (DOCUMENT)
			A 10-year study shows that the trend continues. | 10-year study (DOCUMENT)
			""")
	void papersThatShowSomethingAreCited(String sentence, String source) {
		assertThat(sources(sentence)).containsExactly(source);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			The president showed no sign of backing down.
			The committee showed reporters the letters, which it had kept for years.
			The Pentagon declined to confirm the strike.
			The company did not deny it.
			The White House disputed Republican claims that the conversations might be illegal or improper.
			But she said she had gone along with a recommendation from subordinates that the Benghazi post be kept open.
			""")
	void showingIsNoCitationOfPeople(String sentence) {
		assertThat(sources(sentence)).isEmpty();
	}

	@Test
	void aPlaceAfterAPrepositionOrInAHyphenatedPairIsNoSubject() {
		assertThat(sources("“Our country is going to hell,” Trump said then in an interview. The president has lasered in on "
				+ "immigration, stoking fear about the caravan of migrants heading toward the U.S.-Mexico border. He has "
				+ "falsely claimed the caravan is stocked with criminals.")).containsOnly("Trump (PERSON)");
	}

	@Test
	void aDescriptionEndsBeforeAVerb() {
		assertThat(sources("Vice President Joseph R. Biden Jr., who as president of the Senate would be expected to "
				+ "attend, has said he will be traveling abroad.")).singleElement().asString().startsWith("Joseph R. Biden");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Senators Dana Price and Paul Grant said the bill would pass. | Dana Price (PERSON); Paul Grant (PERSON)
			Ana Ruiz, Paul Grant and Dana Price said they would vote against it. | Ana Ruiz (PERSON); Paul Grant (PERSON); Dana Price (PERSON)
			Earlier, while speaking in Ogden, Utah, Romney said he did not understand Pelosi's position. | Romney (PERSON)
			In a post to Twitter, Wayne Pacelle, the CEO of The Humane Society, said he was grateful. | Twitter (SOCIAL_MEDIA); Wayne Pacelle (PERSON)
			""")
	void everyNameInAListBeforeTheVerbIsASourceNotANameSetApartByCommas(String sentence, String expected) {
		assertThat(sources(sentence)).containsExactlyInAnyOrder(expected.split(";\\s*"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Akin made the remarks in an interview with Fox affiliate KTVI. | KTVI
			The senator had stopped short of calling on him to resign in an interview with WMUR Monday. | WMUR
			“It's destructive to the fabric of the relationship,” Rice said Tuesday on PBS. | PBS
			Brat said on Fox News on Tuesday night that the results were a repudiation. | Fox News
			Hunter told The San Diego Union-Tribune that he wanted to restore a warrior culture. | San Diego Union-Tribune
			The claim was first reported by Mark Ames, who told The New Haven Register that he had seen the video. | New Haven Register
			""")
	void aBroadcasterSomeoneSpokeOnIsCited(String sentence, String outlet) {
		assertThat(sources(sentence)).contains(outlet + " (MEDIA)");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			“We reject his visit,” former Mexican President Vicente Fox said on Wednesday. | Vicente Fox
			""")
	void aPersonWhoseNameHoldsAnOutletsWordIsAPerson(String sentence, String person) {
		assertThat(sources(sentence)).contains(person + " (PERSON)");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			The package was addressed to the offices of CNN in New York.
			The rally was shown live on CNN on Friday.
			Disney sold its stake to rival Fox in 2019.
			The mayor appeared on local WMUR in the evening.
			The samples were sent to WHO and to KPMG on Friday.
			""")
	void anOutletNamedWithNoWordOfSpeechIsNoSource(String sentence) {
		assertThat(sources(sentence)).isEmpty();
	}

}
