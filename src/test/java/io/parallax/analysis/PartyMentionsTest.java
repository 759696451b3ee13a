package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Parties named by their members or nicknames, on sentences written for this test in American and British styles. */
class PartyMentionsTest {

	private static List<String> parties(String... paragraphs) {
		return mentions(paragraphs).stream().filter(m -> m.contains(" Party@")).toList();
	}

	/** Every name, party mentions added, as its name and the words it stands on. */
	private static List<String> mentions(String... paragraphs) {
		AnalysedText text = AnalysedText.of(paragraphs);
		List<NameMention> names = text.mentions();
		return PartyMentions.addedTo(1L, names, text.article.sentences(), AnalysedText.tags(text.article))
			.stream()
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
			.containsExactlyInAnyOrder("Democratic Party@Democrats", "Republican Party@Republicans",
					"Republican Party@GOP", "Democratic Party@Democrat");
		assertThat(parties("Rebel Tory backbenchers and Labour frontbenchers voted together in the Republican-led vote."))
			.containsExactlyInAnyOrder("Conservative Party@Tory", "Labour Party@Labour", "Republican Party@Republican");
	}

	@Test
	void aMemberFromAPlaceNamesThePartyAndThePlace() {
		assertThat(mentions("The Illinois Democrat resigned, and the Presumptive GOP nominee spoke later.",
				"Mr. Hunter, Republican of California, denied it, as did one Midwestern Democrat."))
			.contains("Democratic Party@Democrat", "Illinois@Illinois", "Republican Party@GOP",
					"Republican Party@Republican", "California@California")
			.doesNotContain("Illinois Democrat@Illinois Democrat", "Presumptive GOP@Presumptive GOP",
					"Republican of California@Republican of California", "Midwestern Democrat@Midwestern Democrat",
					"Midwestern@Midwestern");
	}

	@Test
	void aPersonOrAGroupNamedAfterThePartyStaysWhole() {
		assertThat(mentions("Mayor John Tory met the Log Cabin Republicans on Monday."))
			.contains("John Tory@John Tory")
			.doesNotContain("Conservative Party@Tory");
	}

	@Test
	void anotherPartysNameOrACapitalisedFirstWordIsNotTheParty() {
		assertThat(parties("The Liberal Democrats and the Social Democrats formed a pact on Monday.")).isEmpty();
		assertThat(parties("Labour shortages hit farms across the region this summer.")).isEmpty();
		assertThat(parties("Democratic reforms were promised by the new council on Tuesday.")).isEmpty();
	}

}
