package io.parallax.analysis;

import java.util.List;

/**
 * Everything the analysis finds in one article.
 */
record ArticleFindings(List<NameMention> mentions, List<FoundQuote> quotes, List<FoundAttribution> attributions,
		List<FoundQuantity> quantities, List<FoundClause> clauses) {

	/** An article stored without findings, as when its analysis failed. */
	static ArticleFindings none() {
		return new ArticleFindings(List.of(), List.of(), List.of(), List.of(), List.of());
	}

}
