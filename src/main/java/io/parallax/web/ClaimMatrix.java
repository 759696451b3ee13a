package io.parallax.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.claims.ClaimViews.ArticleClaim;
import io.parallax.claims.ClaimViews.Listed;
import io.parallax.claims.ClaimViews.Mention;
import io.parallax.claims.ClaimViews.SlotValue;
import io.parallax.stories.ArticleCard;

/**
 * The claims matrix as the page shows it, worked out in Java rather than per cell in the template: each cell says
 * in words what its article does with the claim and, where the articles differ, its own value on each differing
 * slot ("Dates and times: last month"), so a reader learns it without opening anything.
 *
 * @param articles the columns: every article of a story of up to {@link #MAX_COLUMNS}; otherwise the articles that
 * best show this page's claims
 * @param storyArticles how many current articles the story has
 */
record ClaimMatrix(List<ArticleCard> articles, List<Row> rows, int storyArticles) {

	/** A column per article up to this many; past it, a phone or a laptop can no longer follow a row. */
	static final int MAX_COLUMNS = 8;

	enum Status {
		REPORTED, DIFFERS, CHECKING, OMITTED, ABSENT
	}

	record Cell(ArticleCard article, Status status, List<SlotValue> values, Mention mention) {

		public boolean reported() {
			return mention != null;
		}

	}

	record Row(Listed claim, List<Cell> cells) {
	}

	/** Whether the columns are only some of the story's articles. */
	public boolean someArticles() {
		return articles.size() < storyArticles;
	}

	static ClaimMatrix of(List<ArticleCard> articles, List<Listed> claims, List<ArticleClaim> cells, int storyArticles) {
		Map<List<Long>, ArticleClaim> byCell = new HashMap<>();
		cells.forEach(c -> byCell.put(List.of(c.claimId(), c.articleId()), c));
		List<Row> rows = claims.stream().map(claim -> new Row(claim, articles.stream()
			.map(article -> cell(article, byCell.get(List.of(claim.id(), article.id()))))
			.toList())).toList();
		return new ClaimMatrix(articles, rows, storyArticles);
	}

	/**
	 * The columns of a story too large for one per article, from the page's claims' leads (the few articles that best
	 * show each, its differing values first): greedily, the article that shows the most rows not yet shown by a
	 * column, so that every row has an article that reports it where eight columns allow; then the most frequent.
	 */
	static List<Long> columnsFor(List<Listed> claims) {
		Map<Long, Integer> frequency = new LinkedHashMap<>();
		claims.forEach(c -> c.leadArticles().forEach(a -> frequency.merge(a, 1, Integer::sum)));
		List<Listed> unshown = new ArrayList<>(claims);
		List<Long> columns = new ArrayList<>();
		while (columns.size() < MAX_COLUMNS && columns.size() < frequency.size()) {
			Long best = null;
			long bestScore = -1;
			for (Map.Entry<Long, Integer> article : frequency.entrySet()) {
				if (columns.contains(article.getKey())) {
					continue;
				}
				long shows = unshown.stream().filter(c -> c.leadArticles().contains(article.getKey())).count();
				long score = shows * (claims.size() + 1L) + article.getValue();
				if (score > bestScore) {
					best = article.getKey();
					bestScore = score;
				}
			}
			Long chosen = best;
			columns.add(chosen);
			unshown.removeIf(c -> c.leadArticles().contains(chosen));
		}
		return columns;
	}

	private static Cell cell(ArticleCard article, ArticleClaim found) {
		if (found == null) {
			return new Cell(article, Status.ABSENT, List.of(), null);
		}
		if (found.mention() == null) {
			return new Cell(article, found.omitted() ? Status.OMITTED : Status.ABSENT, List.of(), null);
		}
		List<SlotValue> firm = shown(found.firmValues());
		if (!firm.isEmpty()) {
			return new Cell(article, Status.DIFFERS, firm, found.mention());
		}
		List<SlotValue> checking = shown(found.checkingValues());
		return new Cell(article, checking.isEmpty() ? Status.REPORTED : Status.CHECKING, checking, found.mention());
	}

	private static List<SlotValue> shown(List<SlotValue> values) {
		return values.stream()
			.filter(v -> v.value() != null && !v.value().isBlank())
			.map(v -> new SlotValue(v.kind(), tidy(v.value())))
			.toList();
	}

	/** A slot value as written, without the separators it was stored with ("useful and constructive,; signals"). */
	static String tidy(String value) {
		return value.strip().replaceAll("\\s*[,;]\\s*(?=[,;]|$)", "").replaceAll("\\s*;\\s*", "; ")
			.replaceAll(",;", ";").strip();
	}

}
