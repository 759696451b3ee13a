package io.parallax.analysis;

import java.util.List;

/**
 * Everything the analysis finds in one article.
 */
record ArticleFindings(List<NameMention> mentions, List<FoundQuote> quotes, List<FoundAttribution> attributions,
		List<FoundQuantity> quantities) {
}
