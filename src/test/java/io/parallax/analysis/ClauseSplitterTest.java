package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.parallax.text.ContentWords;
import io.parallax.text.TokenTagger;
import org.junit.jupiter.api.Test;

/**
 * The clauses a news sentence is split into, with the real tagger, on sentences written in the styles of wire
 * copy, broadsheets and tabloids (none of them from the evaluation corpus). A clause is checked by its content words,
 * as the comparison sees it.
 */
class ClauseSplitterTest {

	private static final TokenTagger TAGGER = new TokenTagger();

	private static List<Set<String>> clauses(String sentence) {
		return ClauseSplitter.split(sentence, TAGGER.tag(sentence)).stream().map(ContentWords::of).toList();
	}

	private static Set<String> words(String text) {
		return ContentWords.of(text);
	}

	@Test
	void splitsTwoClausesJoinedByAConjunctionEachWithItsOwnVerb() {
		List<Set<String>> clauses = clauses(
				"The vote was 52 to 48, and two Republicans joined the Democrats in opposing the bill.");
		assertThat(clauses).hasSize(2);
		assertThat(clauses.get(0)).containsAll(words("vote 52 48")).doesNotContainAnyElementsOf(words("Republicans"));
		assertThat(clauses.get(1)).containsAll(words("Republicans joined Democrats opposing bill"));
	}

	@Test
	void splitsAtASemicolon() {
		List<Set<String>> clauses = clauses(
				"The storm knocked out power to 200,000 homes; crews expect to restore most of it by Sunday.");
		assertThat(clauses).hasSize(2);
		assertThat(clauses.get(1)).containsAll(words("crews restore Sunday")).doesNotContainAnyElementsOf(words("storm"));
	}

	@Test
	void aRelativeClauseIsAFactAboutTheNounItDescribes() {
		List<Set<String>> clauses = clauses(
				"Councillor Dana Whitfield, who chaired the housing committee for a decade, lost her seat on Thursday "
						+ "to a first-time candidate.");
		assertThat(clauses).hasSize(2);
		Set<String> relative = clauses.stream().filter(c -> c.contains(words("chaired").iterator().next()))
			.findFirst().orElseThrow();
		assertThat(relative).containsAll(words("Whitfield chaired housing committee decade"))
			.doesNotContainAnyElementsOf(words("lost seat Thursday"));
		assertThat(clauses).anySatisfy(c -> assertThat(c).containsAll(words("Whitfield lost seat Thursday")));
	}

	@Test
	void aParticipialClauseTakesTheSubjectOfTheMainClause() {
		List<Set<String>> clauses = clauses(
				"Shares of the carmaker fell 8 percent in early trading, wiping out $4 billion in market value.");
		assertThat(clauses).hasSize(2);
		assertThat(clauses).anySatisfy(c -> assertThat(c).containsAll(words("carmaker wiping billion market value"))
			.doesNotContainAnyElementsOf(words("fell percent trading")));
	}

	@Test
	void aParticipleTheTaggerTakesForANounStillOpensAClause() {
		List<Set<String>> clauses = clauses("The central bank raised its key rate by half a point, citing stubborn inflation.");
		assertThat(clauses).hasSize(2);
		assertThat(clauses).anySatisfy(c -> assertThat(c).containsAll(words("bank citing stubborn inflation"))
			.doesNotContainAnyElementsOf(words("raised rate point")));
	}

	@Test
	void aClauseWithoutASubjectBorrowsTheMainClausesSubject() {
		List<Set<String>> clauses = clauses(
				"The regulator fined the airline $3 million and ordered it to refund passengers within 30 days.");
		assertThat(clauses).hasSize(2);
		assertThat(clauses.get(1)).containsAll(words("regulator ordered refund passengers 30 days"))
			.doesNotContainAnyElementsOf(words("fined million"));
	}

	@Test
	void leavesOutWhoSaidIt() {
		assertThat(clauses("The ceasefire took effect at midnight, officials said.")).containsExactly(
				words("ceasefire took effect midnight"));
		assertThat(clauses("According to the filing, the company lost $12 million in the quarter.")).containsExactly(
				words("company lost 12 million quarter"));
		assertThat(clauses("A spokeswoman for the ministry told Reuters that the talks would resume in Vienna."))
			.containsExactly(words("talks resume Vienna"));
	}

	@Test
	void keepsTheAttributionWhenItIsTheWholeFact() {
		assertThat(clauses("The White House announced his nomination on Friday.")).containsExactly(
				words("White House announced nomination Friday"));
		assertThat(clauses("Prosecutors allege that he took bribes from three firms, a charge he denies."))
			.singleElement().satisfies(c -> assertThat(c).containsAll(words("charge denies")));
	}

	@Test
	void neverSplitsAQuotation() {
		String quote = "“We will rebuild, and we will come back stronger than before,” the governor said.";
		assertThat(clauses(quote)).hasSize(1);
	}

	@Test
	void splitsAQuoteCarriedOverFromTheSentenceBeforeLikeTheReportersWords() {
		// the quote opened in the sentence before; only its closing mark is in this one
		List<Set<String>> clauses = clauses("We cut the budget in March, and the council approved the plan a week later.”");
		assertThat(clauses).hasSize(2);
		assertThat(clauses.get(1)).containsAll(words("council approved plan week later"))
			.doesNotContainAnyElementsOf(words("cut budget March"));
	}

	@Test
	void neverSplitsAQuotationTheSentenceOpensWithASingleMark() {
		assertThat(clauses("The mayor called the plan ‘a promise we made, and a promise we will keep’ on Monday."))
			.hasSize(1);
	}

	@Test
	void aSentenceThatIsAllAttributionIsItsOwnClauseWhole() {
		String sentence = "According to police.";
		assertThat(ClauseSplitter.split(sentence, TAGGER.tag(sentence))).containsExactly(sentence);
	}

	@Test
	void keepsANounListAndAShortStretchWhole() {
		assertThat(clauses("Apple, Google and Microsoft declined to comment.")).hasSize(1);
		assertThat(clauses("The senator voted against the bill and then left.")).hasSize(1);
	}

	@Test
	void splitsAtASubordinateClauseWithItsOwnSubjectAndVerb() {
		List<Set<String>> clauses = clauses(
				"The airline cancelled 300 flights on Monday because a software fault grounded its fleet.");
		assertThat(clauses).hasSize(2);
		assertThat(clauses.get(1)).containsAll(words("software fault grounded fleet"))
			.doesNotContainAnyElementsOf(words("cancelled flights Monday"));
	}

	@Test
	void theBorrowedSubjectIsTheNounBeforeTheVerbNotAnOpeningPhrase() {
		List<Set<String>> clauses = clauses("At a press conference in Lyon on Monday, the prime minister defended the "
				+ "pension reform, calling it the only way to balance the budget.");
		assertThat(clauses).hasSize(2);
		assertThat(clauses).anySatisfy(c -> assertThat(c).containsAll(words("minister calling only way balance budget"))
			.doesNotContainAnyElementsOf(words("press conference Lyon Monday")));
	}

	@Test
	void aConjunctionInsideAWhetherClauseJoinsNamesNotClauses() {
		List<Set<String>> clauses = clauses("Reporters asked whether the prime minister and her deputy had discussed "
				+ "the leak, and she referred the matter to the police.");
		assertThat(clauses).hasSize(2);
		assertThat(clauses.get(0)).containsAll(words("minister deputy discussed leak"));
	}

}
