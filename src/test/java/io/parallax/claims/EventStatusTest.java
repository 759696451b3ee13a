package io.parallax.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.analysis.SentenceFacts.QuoteFact;
import io.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventStatusTest {

	@Test
	void aStepOneArticlePutsAheadAndAnotherReportsTakenIsWorthChecking() {
		assertThat(status("His wife, Sandra Jackson, is expected to plead guilty to filing false tax returns.",
				"His wife later pleaded guilty Wednesday to a charge of filing false tax returns."))
			.hasValueSatisfying(difference -> {
				assertThat(difference.kind()).isEqualTo("CERTAINTY");
				assertThat(difference.firm()).isFalse();
				assertThat(difference.values()).isEqualTo(Map.of(1L, "expected to plead", 2L, "pleaded"));
			});
		assertThat(status("Congress is set to vote to override President Obama's veto of the bill on Sept. 11 suits.",
				"The Senate voted Wednesday to override his veto of a bill to let 9/11 victims sue Saudi Arabia."))
			.as("a vote ahead, a vote taken").isPresent();
		assertThat(status("Grimm was expected to be indicted on Monday by a federal grand jury.",
				"Grimm has already been secretly indicted by a federal grand jury in Brooklyn."))
			.as("a passive step").isPresent();
		assertThat(status("Tom Kirsch said she would plead guilty to one tax count.",
				"Sandra Jackson pleaded guilty to one tax count."))
			.as("reported speech").isPresent();
		assertThat(status("Obama will meet with Sanders in Washington on Thursday.",
				"Senator Bernie Sanders met with President Obama on Thursday and said he would back Clinton."))
			.as("an irregular verb").isPresent();
	}

	@Test
	void twoActionsDeniedStepsAndStepsBothAheadAreNoDifference() {
		assertThat(status("Trump is also expected to approve the spending bill from Congress.",
				"Trump signed the spending bill from Congress on Friday.")).as("two verbs may be two steps").isEmpty();
		assertThat(status("She is expected to plead guilty to filing false tax returns.",
				"She did not plead guilty to filing false tax returns.")).as("denied").isEmpty();
		assertThat(status("No formal charges have been filed against Sayoc, who will be charged soon.",
				"Federal prosecutors plan to file charges against Sayoc.")).as("nothing done").isEmpty();
		assertThat(status("Mattis will leave at the end of February.", "Mattis is set to leave in February."))
			.as("both ahead").isEmpty();
		assertThat(status("The bill's vote is expected to pass easily in the Senate.",
				"The Senate passes the bill in a vote expected on Thursday."))
			.as("a present tense is no step taken").isEmpty();
		assertThat(status("Sanders struck a conciliatory tone, saying he plans to meet with Clinton to discuss the race.",
				"Senator Bernie Sanders met with President Obama on Thursday.")).as("another meeting").isEmpty();
	}

	@Test
	void onlyTheReportersOwnPastCounts() {
		assertThat(status("Brewer was urged to veto a bill that would allow businesses to refuse service.",
				"Brewer vetoed legislation that would have allowed businesses to refuse service."))
			.as("a step that would have been taken").isEmpty();
		assertThat(status("The trust fund will be exhausted in 2036, the trustees warned.",
				"Paying out more will lead the trust fund to become exhausted by 2036."))
			.as("to become").isEmpty();
		assertThat(status("Critics said the plan would end the open-ended commitment to Medicare.",
				"Mr. Ryan would limit the government's open-ended commitment to Medicare."))
			.as("a compound").isEmpty();
		assertThat(status("He offered flexibility on what the wall would be made of.",
				"He promised a wall made of reinforced concrete.")).as("a participle describing a noun").isEmpty();
		OneSentencePerArticle sentences = new OneSentencePerArticle();
		String spoken = "I will impose a ban on state-funded travel to Indiana.";
		DraftClaim claim = sentences.claim(
				sentences.sentence("\u201c" + spoken + "\u201d Inslee said of the travel ban.",
						new SentenceFacts(1L, Set.of(), List.of(), List.of(new QuoteFact(null, spoken, null, "Inslee")))),
				sentences.sentence("Seattle has imposed a ban on city-funded travel to Indiana.", facts(2L)));
		assertThat(EventStatus.of(claim)).as("a speaker's words").isEmpty();
	}

	@Test
	void anArticleThatReportsTheStepTakenIsDoneThoughItAlsoPutItAhead() {
		List<ClaimSentence> members = List.of(
				member(1L, 1L, "He and his wife had agreed to plead guilty in deals with prosecutors."),
				member(2L, 1L, "His wife later pleaded guilty in a deal with prosecutors."),
				member(3L, 2L, "His wife pleaded guilty in a deal with prosecutors on Wednesday."));
		DraftClaim claim = new DraftClaim(new SentenceSimilarity(members));
		members.forEach(claim::add);
		assertThat(EventStatus.of(claim)).isEmpty();
	}

	private static Optional<ClaimDifference> status(String first, String second) {
		OneSentencePerArticle sentences = new OneSentencePerArticle();
		return EventStatus.of(sentences.claim(sentences.sentence(first, facts(1L)), sentences.sentence(second, facts(2L))));
	}

	private static ClaimSentence member(long id, long article, String text) {
		SentenceFacts facts = facts(id);
		return new ClaimSentence(id, article, (int) id, 0, text, new float[] { 1f }, ContentWords.of(text),
				ClaimSentence.narrativeOf(text, facts), facts, false);
	}

	private static SentenceFacts facts(long article) {
		return new SentenceFacts(article, Set.of(), List.of(), List.of());
	}

}
