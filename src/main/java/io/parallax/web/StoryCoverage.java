package io.parallax.web;

import java.util.ArrayList;
import java.util.List;

import io.parallax.claims.ClaimViews.Aligned;
import io.parallax.claims.ClaimViews.Claim;
import io.parallax.claims.ClaimViews.Coverage;
import io.parallax.claims.ClaimViews.Overlap;
import io.parallax.stories.ArticleCard;

/**
 * Derives what the pages show from a story's claims: each article's coverage, and two articles aligned.
 */
final class StoryCoverage {

	private StoryCoverage() {
	}

	static List<Coverage> of(List<ArticleCard> articles, List<Claim> claims, List<Overlap> overlaps) {
		List<Coverage> coverage = new ArrayList<>();
		for (ArticleCard article : articles) {
			Long id = article.id();
			coverage.add(new Coverage(id, label(article),
					claims.stream().filter(c -> c.reportedBy(id)).count(),
					claims.stream().filter(c -> c.articleCount() == 1 && c.reportedBy(id)).count(),
					claims.stream().filter(c -> c.omittedBy(id)).count(),
					overlaps.stream().filter(o -> o.a().equals(id) || o.b().equals(id)).toList()));
		}
		return coverage;
	}

	static List<Aligned> align(List<Claim> claims, Long a, Long b) {
		return claims.stream()
			.filter(c -> c.reportedBy(a) || c.reportedBy(b))
			.map(c -> new Aligned(c, c.mentionIn(a), c.mentionIn(b)))
			.toList();
	}

	static String label(ArticleCard article) {
		return article.outlet() != null ? article.outlet() : article.sourceFile();
	}

}
