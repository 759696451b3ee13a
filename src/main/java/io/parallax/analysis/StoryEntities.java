package io.parallax.analysis;

import java.sql.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a story's entities from the mentions of its current articles. An entity keeps its id across imports
 * while its name stays the same, so that links to it hold.
 */
@Component
class StoryEntities {

	private final JdbcTemplate jdbc;

	private final EntityClusterer clusterer = new EntityClusterer();

	StoryEntities(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The story's entities, each with its id, for linking quotes and sources to them. */
	EntityIndex rebuild(Long storyId) {
		Map<NameMention, Long> mentionIds = new HashMap<>();
		// the words a mention printed where they differ from its name: "the GOP" for the Republican Party
		Map<NameMention, String> written = new HashMap<>();
		// whose role a person holds, where an apposition says ("Stone’s attorney, Grant Smith"): "stone’s attorney"
		Map<NameMention, String> ownedRoles = new HashMap<>();
		List<NameMention> mentions = new ArrayList<>();
		jdbc.query("""
				select m.id, m.article_id, m.sentence_id, m.start_offset, m.end_offset, m.name, m.role, m.kind,
				       m.role_only, m.subject, m.place_hint, m.speaks, s.text
				from entity_mention m join article a on a.id = m.article_id join sentence s on s.id = m.sentence_id
				where a.story_id = ? and a.retired_at is null order by m.article_id, m.sentence_id, m.start_offset""",
				rs -> {
					NameMention mention = new NameMention(rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
							rs.getString(6), rs.getString(7), EntityKind.valueOf(rs.getString(8)), rs.getBoolean(9),
							rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12));
					mentions.add(mention);
					mentionIds.put(mention, rs.getLong(1));
					// offsets count Java's chars, as the sentence was cut in Java: so is it here
					String sentence = rs.getString(13);
					if (mention.start() >= 0 && mention.end() <= sentence.length() && mention.start() < mention.end()) {
						String form = sentence.substring(mention.start(), mention.end());
						if (!mention.name().equals(form)) {
							written.put(mention, form);
						}
						String before = sentence.substring(Math.max(0, mention.start() - BEFORE), mention.start());
						ownedRole(mention, before).ifPresent(key -> ownedRoles.put(mention, key));
					}
				}, storyId);
		List<EntityCluster> clusters = clusterer.cluster(mentions);
		Map<EntityCluster, Long> ids = store(storyId, clusters, written);
		link(clusters, ids, mentionIds);
		return new EntityIndex(clusters, ids, ownedRoles);
	}

	/** How far before a name an apposition's role may start. */
	private static final int BEFORE = 60;

	/** An owner's possessive, then a role and the comma before the name: "Stone’s longtime attorney, ". */
	private static final Pattern OWNED_ROLE_BEFORE = Pattern
		.compile("(\\p{Lu}[\\p{L}.-]*)['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+),\\s*$");

	/** "stone’s longtime attorney" or "Stone's attorney": the owner and the role's noun. */
	private static final Pattern OWNED_ROLE = Pattern.compile("^(.+?)['’]s\\s+(?:\\S+\\s+)*(\\S+)$");

	/**
	 * The key of a role held for someone, as an apposition gives it before the name ("Stone’s attorney, Grant
	 * Smith"): a quote another article credits to "Stone’s attorney" alone is this person's.
	 */
	static Optional<String> ownedRole(NameMention mention, String before) {
		if (mention.role() == null || mention.roleOnly()) {
			return Optional.empty();
		}
		Matcher owned = OWNED_ROLE_BEFORE.matcher(before);
		return owned.find() && Lexicon.key(mention.role()).endsWith(Lexicon.key(owned.group(2)))
				? Optional.of(Lexicon.key(owned.group(1)) + "’s " + Lexicon.key(owned.group(2))) : Optional.empty();
	}

	/** One key for a role held for someone, however the apostrophe is written and whatever words qualify it. */
	static String ownedKey(String key) {
		Matcher owned = OWNED_ROLE.matcher(key);
		return owned.matches() ? owned.group(1) + "’s " + owned.group(2) : key;
	}

	private Map<EntityCluster, Long> store(Long storyId, List<EntityCluster> clusters,
			Map<NameMention, String> written) {
		jdbc.update("update entity_mention set entity_id = null where entity_id in (select id from entity where story_id = ?)",
				storyId);
		Map<EntityCluster, Long> ids = new HashMap<>();
		java.util.Set<String> names = new java.util.LinkedHashSet<>();
		for (EntityCluster cluster : clusters) {
			if (names.add(cluster.name())) {
				ids.put(cluster, upsert(storyId, cluster, cluster.aliases(written)));
			}
		}
		jdbc.update(con -> {
			var ps = con.prepareStatement("delete from entity where story_id = ? and not (name = any (?))");
			ps.setLong(1, storyId);
			ps.setArray(2, con.createArrayOf("text", names.toArray()));
			return ps;
		});
		return ids;
	}

	private Long upsert(Long storyId, EntityCluster cluster, List<String> aliases) {
		return jdbc.execute((java.sql.Connection con) -> {
			var ps = con.prepareStatement("""
					insert into entity (story_id, name, kind, aliases, roles, mention_count, article_count)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (story_id, name) do update set kind = excluded.kind, aliases = excluded.aliases,
					  roles = excluded.roles, mention_count = excluded.mention_count, article_count = excluded.article_count
					returning id""");
			ps.setLong(1, storyId);
			ps.setString(2, cluster.name());
			ps.setString(3, cluster.kind().name());
			ps.setArray(4, textArray(con, aliases));
			ps.setArray(5, textArray(con, cluster.roles()));
			ps.setInt(6, cluster.mentions().size());
			// How many articles name it, stored so that the entities page reads one number per row. Counted here
			// from the mentions in hand: an update joining the mentions just written, before the import
			// has analysed the tables, was planned as a nested loop (18 s on a story of 1,000 articles).
			ps.setLong(7, cluster.mentions().stream().map(NameMention::articleId).distinct().count());
			try (var rs = ps.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	private void link(List<EntityCluster> clusters, Map<EntityCluster, Long> ids, Map<NameMention, Long> mentionIds) {
		List<Object[]> rows = new ArrayList<>();
		for (EntityCluster cluster : clusters) {
			Long entityId = ids.get(cluster);
			if (entityId == null) {
				continue;
			}
			cluster.mentions()
				.stream()
				.map(mentionIds::get)
				.filter(id -> id != null)
				.forEach(id -> rows.add(new Object[] { entityId, id }));
		}
		BulkUpdates.set(jdbc, "entity_mention", "entity_id", rows);
	}

	private static Array textArray(java.sql.Connection con, List<String> values) throws java.sql.SQLException {
		return con.createArrayOf("text", values.toArray());
	}

	/** Finds a story's entity by a name key ("ushakov") or, failing that, by a role key ("kremlin aide"). */
	static final class EntityIndex {

		private final Map<String, Long> byName = new HashMap<>();

		private final Map<String, List<Long>> peopleByRole = new HashMap<>();

		private final Map<Long, String> names = new HashMap<>();

		/** @param ownedRoles the roles mentions hold for someone ("stone’s attorney"), by mention */
		EntityIndex(List<EntityCluster> clusters, Map<EntityCluster, Long> ids, Map<NameMention, String> ownedRoles) {
			for (EntityCluster cluster : clusters) {
				Long id = ids.get(cluster);
				if (id == null) {
					continue;
				}
				names.put(id, cluster.name());
				cluster.nameKeys().forEach(key -> byName.putIfAbsent(key, id));
				if (cluster.kind() == EntityKind.PERSON) {
					java.util.Set<String> roles = new java.util.HashSet<>(cluster.roleKeys());
					cluster.mentions().stream().map(ownedRoles::get).filter(Objects::nonNull).forEach(roles::add);
					roles.forEach(key -> peopleByRole.computeIfAbsent(key, k -> new ArrayList<>()).add(id));
				}
			}
		}

		Optional<String> nameOf(Long id) {
			return Optional.ofNullable(names.get(id));
		}

		Optional<Long> find(String key) {
			if (key == null) {
				return Optional.empty();
			}
			Long named = byName.get(key);
			if (named != null) {
				return Optional.of(named);
			}
			List<Long> byRole = peopleByRole.getOrDefault(ownedKey(key), List.of());
			return byRole.size() == 1 ? Optional.of(byRole.get(0)) : Optional.empty();
		}

	}

}
