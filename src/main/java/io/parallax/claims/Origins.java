package io.parallax.claims;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts independent origins: articles that rewrite one another, directly or through a chain, count once. The
 * chains are resolved once per story (union-find), so that counting a claim's origins costs one look-up per
 * article.
 */
final class Origins {

	private final Map<Long, Long> parent = new HashMap<>();

	Origins(List<ArticleOverlap> overlaps) {
		for (ArticleOverlap overlap : overlaps) {
			if (overlap.rewrite()) {
				Long a = root(overlap.a());
				Long b = root(overlap.b());
				if (!a.equals(b)) {
					parent.put(b, a);
				}
			}
		}
	}

	int count(Collection<Long> articles) {
		Set<Long> origins = new HashSet<>();
		articles.forEach(article -> origins.add(root(article)));
		return origins.size();
	}

	private Long root(Long article) {
		Long current = article;
		Long next = parent.get(current);
		while (next != null && !next.equals(current)) {
			Long grand = parent.get(next);
			if (grand != null) {
				parent.put(current, grand);
			}
			current = next;
			next = parent.get(current);
		}
		return current;
	}

}
