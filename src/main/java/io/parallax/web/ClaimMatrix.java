package io.parallax.web;

import java.util.ArrayList;
import java.util.List;

import io.parallax.claims.ClaimViews.Claim;
import io.parallax.claims.ClaimViews.Difference;
import io.parallax.claims.ClaimViews.Mention;
import io.parallax.stories.ArticleCard;

/**
 * The claims matrix as the page shows it, worked out in Java rather than per cell in the template: each cell says
 * in words what its article does with the claim and, where the articles differ, its own value on each differing
 * slot ("Dates and times: last month"), so a reader learns it without opening anything.
 */
record ClaimMatrix(List<ArticleCard> articles, List<Row> rows) {

	enum Status {
		REPORTED, DIFFERS, OMITTED, ABSENT
	}

	/** One differing slot's value in one article; {@code kind} names the slot (NUMBER, DATE, SPEAKER…). */
	record SlotValue(String kind, String value) {
	}

	record Cell(ArticleCard article, Status status, List<SlotValue> values, Mention mention) {

		public boolean reported() {
			return mention != null;
		}

	}

	record Row(Claim claim, List<Cell> cells) {
	}

	static ClaimMatrix of(List<ArticleCard> articles, List<Claim> claims) {
		return new ClaimMatrix(articles, claims.stream().map(c -> row(articles, c)).toList());
	}

	private static Row row(List<ArticleCard> articles, Claim claim) {
		List<Cell> cells = new ArrayList<>(articles.size());
		for (ArticleCard article : articles) {
			cells.add(cell(article, claim));
		}
		return new Row(claim, cells);
	}

	private static Cell cell(ArticleCard article, Claim claim) {
		Mention mention = claim.mentionIn(article.id());
		if (mention == null) {
			return new Cell(article, claim.omittedBy(article.id()) ? Status.OMITTED : Status.ABSENT, List.of(), null);
		}
		List<SlotValue> values = new ArrayList<>();
		if (!claim.agreement().equals("CONSISTENT")) {
			for (Difference difference : claim.firmDifferences()) {
				String value = difference.values().get(article.id());
				if (value != null && !value.isBlank()) {
					values.add(new SlotValue(difference.kind(), tidy(value)));
				}
			}
		}
		return new Cell(article, values.isEmpty() ? Status.REPORTED : Status.DIFFERS, values, mention);
	}

	/** A slot value as written, without the separators it was stored with ("useful and constructive,; signals"). */
	static String tidy(String value) {
		return value.strip().replaceAll("\\s*[,;]\\s*(?=[,;]|$)", "").replaceAll("\\s*;\\s*", "; ")
			.replaceAll(",;", ";").strip();
	}

}
