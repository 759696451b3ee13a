package io.parallax.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.parallax.summary.Summariser.Pick;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The summariser on stories built here: what it picks first, what it never picks.
 */
class SummariserTest {

	/** Furniture as pages put it between paragraphs, long enough and shared widely enough to be tempting. */
	private static final List<String> FURNITURE = List.of(
			"Sign up for our Morning Briefing newsletter to get the summit news delivered to your inbox.",
			"Click here to read the full Kremlin statement on the planned summit between the two presidents.",
			"Share this article on Facebook, Twitter or by e-mail with the summit news",
			"By Jane Doe and John Roe, Associated Press Writers covering the summit",
			"Photo: Russian President Vladimir Putin meets the U.S. envoy at the Kremlin in Moscow on Wednesday.",
			"Follow us on X at @newsdesk for the latest on the summit between the two presidents.",
			"Read more: Trump and Putin to meet in the coming days, Kremlin aide says",
			"Reporting by Guy Faulconbridge and Dmitry Antonov in Moscow; editing by Kevin Liffey and the summit desk.",
			"Related: What we know about the summit between Trump and Putin and the talks in Moscow.",
			"Tap here to turn on alerts for the summit and never miss the news on the talks in Moscow.");

	private static final List<String> NEWS = List.of(
			"President Trump and President Putin will meet in the coming days, a Kremlin aide said on Thursday.",
			"The Kremlin aide said a venue for the meeting had been agreed but gave no date for the talks.",
			"The announcement followed talks in Moscow between President Putin and a U.S. envoy on Wednesday.",
			"Ukraine's president said real solutions could only be found at the level of leaders.");

	@Test
	void neverPicksSiteFurnitureEvenWhenEveryArticleCarriesIt() {
		List<SummarySentence> sentences = new ArrayList<>();
		for (long article = 1; article <= 3; article++) {
			List<String> texts = new ArrayList<>(FURNITURE);
			texts.addAll(NEWS);
			for (String text : texts) {
				sentences.add(sentence(article, sentences.size(), text, null));
			}
		}
		List<String> picked = texts(pick(sentences, 12));
		assertThat(picked).isNotEmpty().doesNotContainAnyElementsOf(FURNITURE);
		assertThat(NEWS).containsAll(picked);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Sign up for breaking news alerts from the newsroom and get them straight to your phone.",
			"Click here for the latest news on the talks between Russia and Ukraine in Istanbul.",
			"(Photo by Mandel Ngan/AFP via Getty Images) President Trump speaks to reporters at the White House",
			"By Jane Doe, Chief Political Correspondent, and John Roe, Washington Bureau Chief",
			"Advertisement", "Share this story", "For more on the summit, visit https://example.com/summit today.",
			"“We are ready to talk, and we have always been ready to talk,” the Russian president told reporters",
			"“We are ready to talk, and we have always been ready to talk to anyone who wants peace.”",
			"We have always been ready to talk to anyone who wants peace in the region,” he told reporters.",
			"“We are ready to talk to anyone who wants peace in the region, and we will keep working.",
			"He added that the meeting would take place in a third country later this month.",
			"This was the fifth meeting between the envoy and the Russian president since January.",
			"And he describes the hostile reaction directed at veterans coming back from the war.",
			"- In the past twenty years, he has attended hundreds of events for veterans across the state.",
			"UPDATE: The senator defended himself against the charges at a press conference on Tuesday.",
			"Talks failed." })
	void leavesOutWhatCannotStandAlone(String text) {
		assertThat(StandaloneSentence.test(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "President Trump and President Putin will meet in the coming days, a Kremlin aide said.",
			"“We are ready to talk, and we have always been ready to talk,” the Russian president told reporters.",
			"The president said there was a “very good chance” of a meeting with both leaders very soon." })
	void keepsWholeStatements(String text) {
		assertThat(StandaloneSentence.test(text)).isTrue();
	}

	@Test
	void picksWhatMostArticlesSayFirstAndDoesNotRepeatIt() {
		List<SummarySentence> sentences = List.of(
				sentence(1, 0, "The defense secretary resigned on Thursday after the president pulled troops out of Syria.", null),
				sentence(1, 1, "The local bakery on Main Street won a regional prize for its sourdough bread this year.", null),
				sentence(2, 0, "Defense Secretary Jim Mattis resigned Thursday, a day after the president pulled troops from Syria.", null),
				sentence(2, 1, "The defense secretary resigned Thursday, saying the president pulled troops from Syria too fast.", null),
				sentence(3, 0, "Mattis resigned as defense secretary on Thursday in protest at the Syria troop withdrawal.", null));
		List<String> picked = texts(pick(sentences, 3));
		assertThat(picked.get(0)).contains("resigned", "pulled troops");
		assertThat(picked).as("two sentences in the same words").doesNotContain(sentences.get(0).text());
		assertThat(picked.get(1)).contains("Mattis resigned");
		assertThat(picked.get(2)).as("what one article alone says comes last").contains("bakery");
	}

	@Test
	void picksOneSentenceOfAClaim() {
		List<SummarySentence> sentences = List.of(
				sentence(1, 0, "President Trump and President Putin will meet in the coming days, the Kremlin said.", 7L),
				sentence(2, 0, "President Putin and President Trump are to meet in the coming days, the Kremlin said on Thursday.", 7L),
				sentence(3, 0, "The Kremlin said the two presidents would meet in the coming days at an agreed venue.", 8L));
		List<Pick> picks = pick(sentences, 3);
		assertThat(picks).extracting(p -> p.sentence().claimId()).containsExactlyInAnyOrder(7L, 8L);
	}

	@Test
	void summarisesAStoryOfOneArticle() {
		List<SummarySentence> sentences = new ArrayList<>();
		for (String text : NEWS) {
			sentences.add(sentence(1, sentences.size(), text, null));
		}
		assertThat(pick(sentences, 2)).hasSize(2);
	}

	private static List<Pick> pick(List<SummarySentence> sentences, int count) {
		StoryWording wording = StoryWording.of(sentences);
		return Summariser.pick(wording.candidates(), wording, count);
	}

	private static SummarySentence sentence(long article, int position, String text, Long claim) {
		return new SummarySentence(article * 1000 + position, article, position, text, claim);
	}

	private static List<String> texts(List<Pick> picks) {
		return picks.stream().map(p -> p.sentence().text()).toList();
	}

}
