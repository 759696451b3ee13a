package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import org.junit.jupiter.api.Test;

/**
 * A place named nearly alike but not alike in two articles of one claim is a difference; a name transliterated
 * two ways, or two places of one fact named wholly differently, is not.
 */
class PlaceNamesTest {

	private final OneSentencePerArticle sentences = new OneSentencePerArticle();

	@Test
	void anotherNameSpelledNearlyAlikeDiffers() {
		assertThat(PlaceNames.otherNameAlike("Norfolk", "Norwalk")).isTrue();
		assertThat(PlaceNames.otherNameAlike("Zaporizhzhia", "Zaporizhzhya")).as("transliterated").isFalse();
		assertThat(PlaceNames.otherNameAlike("Zelensky", "Zelenskiy")).isFalse();
		assertThat(PlaceNames.otherNameAlike("Parris Island", "Paris Island")).as("misspelled").isFalse();
		assertThat(PlaceNames.otherNameAlike("Gdańsk", "Gdansk")).as("an accent").isFalse();
		assertThat(PlaceNames.otherNameAlike("Curaçao", "Curacao")).isFalse();
		assertThat(PlaceNames.otherNameAlike("Carolina", "Carolinas")).as("a plural").isFalse();
		assertThat(PlaceNames.otherNameAlike("Washington", "White House")).isFalse();
		assertThat(PlaceNames.otherNameAlike("Norfolk", "Norfolk")).isFalse();
	}

	@Test
	void twoArticlesOfOneClaimNamingThePlaceNearlyAlike() {
		ClaimSentence fox = sentence(1, "He said he had misspoken at a 2008 event in Norfolk.", "Norfolk");
		ClaimSentence times = sentence(2, "He said he had misspoken about his service during the Norwalk event.", "Norwalk");
		ClaimSentence other = sentence(3, "The event was held in Connecticut.", "Connecticut");
		ClaimSentence huffpost = sentence(4, "He told the Times he had misspoken at the 2008 event in Norfolk.", "Norfolk");

		assertThat(PlaceNames.of(claim(fox, times, other, huffpost))).hasValueSatisfying(difference -> {
			assertThat(difference.values()).isEqualTo(Map.of(1L, "Norfolk", 2L, "Norwalk", 4L, "Norfolk"));
			assertThat(difference.firm()).isTrue();
		});
		assertThat(PlaceNames.of(claim(fox, other))).isEmpty();
	}

	private ClaimSentence sentence(long article, String text, String place) {
		return sentences.sentence(text, new SentenceFacts(article, Set.of(), Set.of(), List.of(), List.of(), Set.of(place)));
	}

	private DraftClaim claim(ClaimSentence... members) {
		return sentences.claim(members);
	}

}
