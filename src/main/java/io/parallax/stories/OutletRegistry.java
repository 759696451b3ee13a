package io.parallax.stories;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outlets an admin names once for every article from them. An article is from a registered outlet when the
 * outlet its text names, the name its file name gives ({@link ArticleLabel#nameInFileName}) or the host of the home
 * page an editor set is the outlet's name, one of its aliases or its home page's host, compared without case or
 * "www.". The match is kept on the article, which then shows the registered name (below an editor's own outlet).
 */
@Service
public class OutletRegistry {

	/** An outlet as the admin page lists it. */
	public record RegisteredOutlet(Long id, String name, String homePage, List<String> aliases) {
	}

	private final JdbcClient jdbc;

	private final ArticleRepository articles;

	private final StoryStore store;

	private final OutletKeys outletKeys;

	OutletRegistry(JdbcClient jdbc, ArticleRepository articles, StoryStore store, OutletKeys outletKeys) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.store = store;
		this.outletKeys = outletKeys;
	}

	@Transactional(readOnly = true)
	public List<RegisteredOutlet> all() {
		return jdbc.sql("select id, name, home_page, aliases from outlet order by lower(name)")
			.query((rs, n) -> new RegisteredOutlet(rs.getLong(1), rs.getString(2), rs.getString(3),
					List.of((String[]) rs.getArray(4).getArray())))
			.list();
	}

	/**
	 * Names an outlet (or renames the one of that name) and applies it to every article; returns their count. Saved
	 * again under its name, an outlet keeps the home page and other names the form leaves empty: the admin who types
	 * a name they already gave did not ask to wipe what it had.
	 *
	 * @throws OutletClashException when one of its names or its home page already stands for another outlet
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int register(String name, String homePage, List<String> aliases, String by) {
		Map<String, String> taken = outletKeys.load();
		List<String> clashes = OutletKeys.keysOf(name, homePage, aliases).stream()
			.filter(key -> taken.containsKey(key) && !taken.get(key).equalsIgnoreCase(name.strip()))
			.map(key -> "“" + key + "” already stands for " + taken.get(key))
			.toList();
		if (!clashes.isEmpty()) {
			throw new OutletClashException(String.join("; ", clashes)
					+ ". Remove it from that outlet first, or leave it out here: nothing was saved.");
		}
		jdbc.sql("""
				insert into outlet (name, home_page, aliases, created_by) values (?, ?, ?, ?)
				on conflict (lower(name)) do update set name = excluded.name,
				    home_page = coalesce(excluded.home_page, outlet.home_page),
				    aliases = case when cardinality(excluded.aliases) = 0 then outlet.aliases else excluded.aliases end,
				    created_by = excluded.created_by, updated_at = now()""")
			.params(name.strip(), blankToNull(homePage), aliases.stream().map(String::strip).filter(a -> !a.isEmpty())
				.distinct().toArray(String[]::new), by)
			.update();
		return applyToAll();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public int remove(Long id) {
		jdbc.sql("delete from outlet where id = ?").param(id).update();
		return applyToAll();
	}

	/** Applies the registry to every article, and marks the stories whose articles changed name as changed. */
	private int applyToAll() {
		Map<String, String> keys = outletKeys.load();
		Set<Long> changedStories = new LinkedHashSet<>();
		int changed = 0;
		for (Article article : articles.findAll()) {
			if (article.register(OutletKeys.match(article, keys))) {
				changedStories.add(article.getStory().getId());
				changed++;
			}
		}
		changedStories.forEach(store::markChanged);
		return changed;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
