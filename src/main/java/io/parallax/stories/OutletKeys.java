package io.parallax.stories;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an article is matched to the registered outlets by ({@link OutletRegistry}): the outlets' names, aliases and
 * home-page hosts, folded (no case, no "www."), each standing for its outlet's name. Read once per import or
 * registry change: the registry is a short list.
 */
@Component
class OutletKeys {

	private final JdbcClient jdbc;

	OutletKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every name, alias and home-page host, folded, to the registered name it stands for. */
	Map<String, String> load() {
		Map<String, String> keys = new HashMap<>();
		jdbc.sql("select name, home_page, aliases from outlet").query(rs -> {
			String name = rs.getString(1);
			keys.put(fold(name), name);
			for (String alias : (String[]) rs.getArray(3).getArray()) {
				keys.put(fold(alias), name);
			}
			host(rs.getString(2)).ifPresent(host -> keys.put(host, name));
		});
		return keys;
	}

	/** The keys an outlet would bring: its name, aliases and home page's host, folded. */
	static Set<String> keysOf(String name, String homePage, List<String> aliases) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(fold(name));
		aliases.stream().filter(alias -> !alias.isBlank()).map(OutletKeys::fold).forEach(keys::add);
		host(homePage).ifPresent(keys::add);
		return keys;
	}

	static String match(Article article, Map<String, String> keys) {
		if (keys.isEmpty()) {
			return null;
		}
		return Arrays.asList(article.getParsedOutlet(), ArticleLabel.nameInFileName(article.getSourceFile()),
				host(article.getCuratedOutletUrl()).orElse(null))
			.stream()
			.filter(key -> key != null && keys.containsKey(fold(key)))
			.map(key -> keys.get(fold(key)))
			.findFirst()
			.orElse(null);
	}

	private static String fold(String text) {
		String folded = text.strip().toLowerCase(Locale.ROOT);
		return folded.startsWith("www.") ? folded.substring(4) : folded;
	}

	private static Optional<String> host(String url) {
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(URI.create(url.strip()).getHost()).map(OutletKeys::fold);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
