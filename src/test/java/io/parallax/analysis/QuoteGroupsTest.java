package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.parallax.analysis.QuoteGroups.StoredQuote;
import org.junit.jupiter.api.Test;

/**
 * Which quotes of a story are one statement: one speaker's words as each outlet carries them, and the same words
 * whoever an article credits them to.
 */
class QuoteGroupsTest {

	@Test
	void aFragmentJoinsTheWholeQuoteOfItsSpeaker() {
		List<List<Long>> groups = ids(QuoteGroups.group(List.of(
				quote(1, "There is a good chance that there will be a meeting very soon", "Ana Ruiz"),
				quote(2, "good chance", "Ana Ruiz"),
				quote(3, "good chance", "Paul Grant"))));

		assertThat(groups).containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L));
	}

	@Test
	void aVersionThatContractsItsNegationIsTheSameStatement() {
		List<List<Long>> groups = ids(QuoteGroups.group(List.of(
				quote(1, "I did these things. … I used money that should have been used for my campaign.", "Ana Ruiz"),
				quote(2, "used money that shouldn’t have been used,", "Ana Ruiz"),
				quote(3, "We won't back down and we can't be silenced", "Ana Ruiz"),
				quote(4, "we will not back down", "Ana Ruiz"))));

		assertThat(groups).containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L, 4L));
	}

	@Test
	void aQuoteWhoseSpeakerIsUnknownJoinsTheNamedVersionOfItsWords() {
		List<List<Long>> groups = ids(QuoteGroups.group(List.of(
				quote(1, "The defendants knew their purchases could not be paid for from their own money", "the indictment"),
				quote(2, "knew their purchases could not be paid for", null),
				quote(3, "We will appeal the ruling", "Ana Ruiz"),
				quote(4, "a witch hunt", null),
				quote(5, "The American people have spoken and the will of this nation is clear", "Tom Hale"),
				quote(6, "the will of the American people", null))));

		assertThat(groups).as("a scare quote's few words of substance are no speech's")
			.containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L), List.of(4L), List.of(5L), List.of(6L));
	}

	@Test
	void theSameLongQuoteCreditedToTwoPeopleIsOneStatement() {
		List<List<Long>> groups = ids(QuoteGroups.group(List.of(
				quote(1, "Until then, he will continue to serve his constituents with the same dedication", "Paul Grant"),
				quote(2, "Until then, he will continue to serve his constituents with the same dedication.", "Tom Hale"),
				quote(3, "a witch hunt", "Paul Grant"),
				quote(4, "a witch hunt", "Tom Hale"),
				quote(5, "When the session ends, she will be cleared. After that, she will go on working for the "
						+ "voters of her district with all the energy she has", "Paul Grant"),
				quote(6, "After that, she will go on working for the voters of her district with all the energy she "
						+ "has", "Tom Hale"))));

		assertThat(groups).containsExactlyInAnyOrder(List.of(1L, 2L), List.of(3L), List.of(4L), List.of(5L, 6L));
	}

	private static StoredQuote quote(long id, String text, String speaker) {
		return new StoredQuote(id, text, false, speaker, speaker == null ? null : Lexicon.key(speaker), null, null);
	}

	private static List<List<Long>> ids(List<List<StoredQuote>> groups) {
		return groups.stream().map(group -> group.stream().map(StoredQuote::id).sorted().toList()).toList();
	}

}
