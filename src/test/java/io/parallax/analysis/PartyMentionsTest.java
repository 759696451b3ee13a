package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Parties named by their members or nicknames, on sentences written for this test in American and British styles. */
class PartyMentionsTest {

	private static List<String> parties(String... paragraphs) {
		AnalysedText text = AnalysedText.of(paragraphs);
		List<NameMention> names = text.mentions();
		return PartyMentions.addedTo(1L, names, text.article.sentences(), AnalysedText.tags(text.article))
			.stream()
			.filter(m -> m.kind() == EntityKind.ORGANISATION && m.name().endsWith("Party"))
			.map(m -> m.name() + "@" + text.article.sentences().stream()
				.filter(s -> s.id().equals(m.sentenceId()))
				.findFirst()
				.orElseThrow()
				.text()
				.substring(m.start(), m.end()))
			.toList();
	}

	@Test
	void membersAndNicknamesNameTheParty() {
		assertThat(parties("Senate Democrats blocked the bill, and two Republicans joined them.",
				"The GOP leader said a Democrat had misled the chamber."))
			.containsExactlyInAnyOrder("Democratic Party@Democrats", "Republican Party@Republicans", "Republican Party@GOP",
					"Democratic Party@Democrat");
		assertThat(parties("Tory backbenchers and Labour frontbenchers voted together.")).containsExactlyInAnyOrder(
				"Conservative Party@Tory", "Labour Party@Labour");
	}

	@Test
	void aWordThatIsPartOfAnotherNameOrAPartyInitialIsNotTheParty() {
		assertThat(parties("The Republican National Committee paid for the ads, said Rep. Dana Cole, R-Ohio."))
			.isEmpty();
		assertThat(parties("The council met on Tuesday and voted to close the depot.")).isEmpty();
	}

}
