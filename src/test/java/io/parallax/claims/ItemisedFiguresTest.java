package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.analysis.SentenceFacts.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Figures of a list, compared item by item with another article's: the same item at two prices is a difference, a
 * figure for another item is not, and a rounded or bounded figure agrees.
 */
class ItemisedFiguresTest {

	private static final String LIST = "Expenses included $4,272.78 on a cruise, $2,306.08 at Walt Disney World, over "
			+ "$10,000 at Best Buy and $5,687.75 on Martha's Vineyard Holistic Retreat.";

	private final OneSentencePerArticle sentences = new OneSentencePerArticle();

	@Test
	void theSameItemAtTwoPricesDiffers() {
		ClaimSentence list = sentence(1, LIST, "$4,272.78", "$2,306.08", "$10,000", "$5,687.75");
		ClaimSentence other = sentence(2, "In 2008 he used the money for a $466.30 dinner and a $5,587.75 vacation at "
				+ "the Martha’s Vineyard Holistic Retreat, the document said.", "$466.30", "$5,587.75");

		assertThat(ItemisedFigures.of(claim(list, other))).hasValueSatisfying(difference -> {
			assertThat(difference.values()).isEqualTo(Map.of(1L, "$5,687.75", 2L, "$5,587.75"));
			assertThat(difference.firm()).isTrue();
		});
	}

	@Test
	void figuresForOtherItemsOrBoundsThatMeetAgree() {
		ClaimSentence list = sentence(1, LIST, "$4,272.78", "$2,306.08", "$10,000", "$5,687.75");
		ClaimSentence other = sentence(2, "He spent $10,977.74 at Best Buy and $1,500 on furs from a shop in Beverly Hills.",
				"$10,977.74", "$1,500");

		assertThat(ItemisedFigures.of(claim(list, other))).isEmpty();
	}

	@Test
	void eachFigureIsComparedWithTheItemItSharesMostWordsWith() {
		ClaimSentence bill = sentence(1, "The bill includes $500 million in federal funding for roads and $300 million in "
				+ "federal funding for bridges.", "$500 million", "$300 million");
		ClaimSentence other = sentence(2, "It sets aside $300 million in federal funding for bridges and $40 million for "
				+ "ferries.", "$300 million", "$40 million");

		assertThat(ItemisedFigures.of(claim(bill, other))).isEmpty();
	}

	private ClaimSentence sentence(long article, String text, String... figures) {
		List<Quantity> quantities = new ArrayList<>();
		for (String figure : figures) {
			quantities.add(new Quantity("MONEY", figure, new BigDecimal(figure.replaceAll("[^\\d.]", "")), "USD", null,
					null, false));
		}
		return sentences.sentence(text, new SentenceFacts(article, Set.of(), quantities, List.of()));
	}

	private DraftClaim claim(ClaimSentence... members) {
		return sentences.claim(members);
	}

}
