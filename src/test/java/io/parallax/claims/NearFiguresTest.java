package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.analysis.SentenceFacts.Quantity;
import io.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

/**
 * Which pairs of sentences give nearly the same figure of one measure, the sign of one fact reported with two
 * values; the examples are made up, not taken from the development corpus.
 */
class NearFiguresTest {

	private static Quantity count(String text, long value, String noun) {
		return new Quantity("COUNT", text, BigDecimal.valueOf(value), noun, null, null, false);
	}

	private static Quantity money(String text, String value) {
		return new Quantity("MONEY", text, new BigDecimal(value), "USD", null, null, false);
	}

	private static ClaimSentence sentence(long article, String text, Quantity... quantities) {
		return sentence(article, text, Set.of(), quantities);
	}

	private static ClaimSentence sentence(long article, String text, Set<Long> people, Quantity... quantities) {
		SentenceFacts facts = new SentenceFacts(article, people, people, List.of(quantities), List.of());
		return new ClaimSentence(article, article, 0, 0, text, new float[] { 1f }, ContentWords.of(text),
				ClaimSentence.narrativeOf(text, facts), facts, false);
	}

	private static boolean conflict(ClaimSentence a, ClaimSentence b) {
		return NearFigures.of(List.of(a, b)).conflict(0, 1);
	}

	@Test
	void twoNearFiguresOfOneMeasureConflict() {
		ClaimSentence a = sentence(1, "The ferry was carrying 212 passengers.", count("212 passengers", 212, "passengers"));
		ClaimSentence b = sentence(2, "Officials said 219 passengers were aboard.",
				count("219 passengers", 219, "passengers"));
		assertThat(conflict(a, b)).isTrue();
		assertThat(conflict(b, a)).isTrue();
	}

	@Test
	void theSameFigureOrOneRoundedFromTheOtherIsNoConflict() {
		ClaimSentence exact = sentence(1, "The city paid $41,820 for the study.", money("$41,820", "41820"));
		ClaimSentence rounded = sentence(2, "The study cost about $42,000.", money("$42,000", "42000"));
		ClaimSentence same = sentence(3, "It paid $41,820.", money("$41,820", "41820"));
		assertThat(conflict(exact, rounded)).isFalse();
		assertThat(conflict(exact, same)).isFalse();
	}

	@Test
	void figuresFarApartOrOfDifferentMeasuresAreNoConflict() {
		ClaimSentence troops = sentence(1, "About 3,000 troops will stay.", count("3,000 troops", 3000, "troops"));
		ClaimSentence more = sentence(2, "Some 5,000 troops will leave.", count("5,000 troops", 5000, "troops"));
		ClaimSentence ships = sentence(3, "About 3,100 ships were inspected.", count("3,100 ships", 3100, "ships"));
		assertThat(conflict(troops, more)).isFalse();
		assertThat(conflict(troops, ships)).isFalse();
	}

	@Test
	void figuresOfSentencesAboutDifferentPeopleAreNoConflict() {
		Quantity ratePaid = new Quantity("PERCENT", "31.8 percent", new BigDecimal("31.8"), null, null, null, false);
		Quantity otherRate = new Quantity("PERCENT", "32.4 percent", new BigDecimal("32.4"), null, null, null, false);
		ClaimSentence senator = sentence(1, "Smith paid a tax rate of 31.8 percent.", Set.of(7L), ratePaid);
		ClaimSentence governor = sentence(2, "Jones paid a tax rate of 32.4 percent.", Set.of(8L), otherRate);
		ClaimSentence smithAgain = sentence(3, "The senator's rate was 32.4 percent, Smith said.", Set.of(7L, 9L),
				otherRate);
		ClaimSentence nobody = sentence(4, "The rate was 32.4 percent.", otherRate);
		assertThat(conflict(senator, governor)).isFalse();
		assertThat(conflict(senator, smithAgain)).isTrue();
		assertThat(conflict(senator, nobody)).as("a sentence naming nobody may be about anyone").isTrue();
	}

	@Test
	void aSentenceWithTwoFiguresOfTheMeasureComparesNeither() {
		ClaimSentence two = sentence(1, "He spent $9,400 on a car and $700 on a watch.", money("$9,400", "9400"),
				money("$700", "700"));
		ClaimSentence one = sentence(2, "He spent $9,100 on a car.", money("$9,100", "9100"));
		assertThat(conflict(two, one)).isFalse();
	}

	@Test
	void aSecondMeasureInTheSentenceDoesNotHideTheFirst() {
		ClaimSentence a = sentence(1, "The 52-page report names 14 companies.", count("52-page", 52, "page"),
				count("14 companies", 14, "companies"));
		ClaimSentence b = sentence(2, "The 51-page report was released on Monday.", count("51-page", 51, "page"));
		assertThat(conflict(a, b)).isTrue();
	}

}
