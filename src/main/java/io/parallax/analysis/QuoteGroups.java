package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.parallax.analysis.StoryEntities.EntityIndex;
import io.parallax.system.MemberIdentity;
import io.parallax.text.Contractions;
import io.parallax.text.DifferingWords;
import io.parallax.text.FunctionWords;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Groups a story's quotes into distinct quotes: the same speaker's words as each outlet carries them, wording
 * variants and fragments included ("good chance", "There’s a good chance that there will be a meeting very
 * soon"). Longer quotes seed the groups; a shorter one joins the group of the same speaker it overlaps most, and the
 * same words are one statement whoever an article credits them to.
 */
@Component
class QuoteGroups {

	private static final double SAME_WORDS = 0.5;

	private static final double CONTAINED = 0.8;

	/** Two named speakers' quotes this alike (and this long) are one statement credited to two people. */
	private static final double SAME_STATEMENT_WORDS = 0.8;

	private static final int MIN_CROSS_SPEAKER_WORDS = 6;

	/** A quote of this many words, nearly all of them in a longer one of another speaker, is an excerpt of it. */
	private static final int MIN_EXCERPT_WORDS = 10;

	private static final double CONTAINED_EXCERPT = 0.9;

	/** An unattributed quote this short ("a hoax") is too common a phrase to tell whose words it is. */
	private static final int MIN_UNATTRIBUTED_WORDS = 3;

	/** The speaker of a quote whose speaker is not known. */
	private static final String UNNAMED = "";

	/** A word held by more groups than this, and than a fiftieth of them, tells none apart. */
	private static final int MIN_COMMON_WORD_GROUPS = 100;

	private static final int COMMON_WORD_SHARE = 50;

	private final JdbcTemplate jdbc;

	private final QuoteGroupIds groupIds;

	QuoteGroups(JdbcTemplate jdbc, QuoteGroupIds groupIds) {
		this.jdbc = jdbc;
		this.groupIds = groupIds;
	}

	record StoredQuote(Long id, String text, boolean partial, String speaker, String speakerKey, Long speakerEntityId,
			String venue) {

		/**
		 * The quote's words, contractions written out ({@link Contractions}: "shouldn't" and "should not" alike):
		 * outlets that carry one statement contract it differently, and a contraction left whole is a word the other
		 * lacks. What is left of an apostrophe ("Trump's") splits the word.
		 */
		Set<String> words() {
			List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+"))
				.filter(w -> !w.isEmpty())
				.toList();
			return Contractions.writtenOut(words).stream()
				.flatMap(w -> w.indexOf(' ') >= 0 ? Stream.of(w) : Arrays.stream(w.split("'+")))
				.filter(w -> !w.isEmpty())
				.collect(Collectors.toSet());
		}

	}

	void rebuild(Long storyId, EntityIndex entities) {
		Map<Long, String> memberKeys = new HashMap<>();
		List<StoredQuote> quotes = jdbc.query("""
				select q.id, q.text, q.partial, q.speaker, q.speaker_key, q.venue, a.source_file from quote q
				join article a on a.id = q.article_id join sentence s on s.id = q.sentence_id
				where a.story_id = ? and a.retired_at is null
				order by a.source_file, s.position, q.start_offset, q.id""",
				(rs, n) -> {
					memberKeys.put(rs.getLong(1), QuoteGroupIds.key(rs.getString(7), rs.getString(2)));
					return new StoredQuote(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
							rs.getString(5), entities.find(rs.getString(5)).orElse(null), rs.getString(6));
				},
				storyId);
		BulkUpdates.set(jdbc, "quote", "speaker_entity_id",
				quotes.stream().map(q -> new Object[] { q.speakerEntityId(), q.id() }).toList());
		QuoteGroupIds.Previous previous = groupIds.previous(storyId);
		jdbc.update("delete from quote_group where story_id = ?", storyId);
		List<List<StoredQuote>> groups = group(quotes);
		List<Set<String>> members = groups.stream()
			.map(group -> group.stream().map(q -> memberKeys.get(q.id())).collect(Collectors.toSet()))
			.toList();
		MemberIdentity.Matching matching = MemberIdentity.match(previous.members(), members);
		List<GroupRow> rows = new ArrayList<>();
		for (int position = 0; position < groups.size(); position++) {
			Long kept = matching.ids().get(position);
			rows.add(row(position, kept, kept == null ? null : previous.texts().get(kept), groups.get(position),
					members.get(position), entities));
		}
		Map<Integer, Long> ids = insert(storyId, rows);
		groupIds.retire(storyId, previous, matching, ids);
		List<Object[]> membership = new ArrayList<>();
		List<Object[]> marks = new ArrayList<>();
		for (int position = 0; position < groups.size(); position++) {
			Long groupId = ids.get(position);
			String heading = rows.get(position).text();
			for (StoredQuote q : groups.get(position)) {
				membership.add(new Object[] { groupId, q.id() });
				marks.add(new Object[] { DifferingWords.marked(List.of(heading, q.text())).get(1), q.id() });
			}
		}
		BulkUpdates.set(jdbc, "quote", "group_id", membership);
		setDifferingWords(marks);
	}

	/**
	 * Stores each quote's words that its statement's heading does not give in their place, as positions among its
	 * words, so that the quote tracker only cuts the text: worked out here, once, rather than on every page view.
	 */
	private void setDifferingWords(List<Object[]> marks) {
		if (marks.isEmpty()) {
			return;
		}
		jdbc.update(con -> {
			var ps = con.prepareStatement("""
					update quote t set differing_words = string_to_array(v.marks, ',')::integer[]
					from unnest(?, ?) as v(marks, id) where t.id = v.id""");
			ps.setArray(1, con.createArrayOf("text", marks.stream()
				.map(m -> Arrays.stream((int[]) m[0]).mapToObj(Integer::toString).collect(Collectors.joining(",")))
				.toArray()));
			ps.setArray(2, con.createArrayOf("bigint", marks.stream().map(m -> m[1]).toArray()));
			return ps;
		});
	}

	/**
	 * @param keptId the id of the statement this was before the story was grouped again, or null for a new one
	 * @param members its quotes as {@link QuoteGroupIds#key} writes them
	 */
	private record GroupRow(int position, Long keptId, String text, String speaker, Long speakerEntityId, String venue,
			boolean partial, Set<String> members) {
	}

	private static final String KEYS_SEPARATOR = "\u001e";

	/** Inserts every group in one statement, each keeping its earlier id if it has one; returns the ids by position. */
	private Map<Integer, Long> insert(Long storyId, List<GroupRow> rows) {
		Map<Integer, Long> ids = new HashMap<>();
		if (rows.isEmpty()) {
			return ids;
		}
		jdbc.query(con -> {
			var ps = con.prepareStatement("""
					insert into quote_group (id, story_id, position, text, speaker, speaker_entity_id, venue, partial,
					                         member_keys)
					select coalesce(v.id, nextval(pg_get_serial_sequence('quote_group', 'id'))), ?, v.position, v.text,
					       v.speaker, v.entity, v.venue, v.partial, string_to_array(v.members, chr(30))
					from unnest(?, ?, ?, ?, ?, ?, ?, ?) as v(position, id, text, speaker, entity, venue, partial, members)
					returning id, position""");
			ps.setLong(1, storyId);
			ps.setArray(2, con.createArrayOf("integer", rows.stream().map(GroupRow::position).toArray()));
			ps.setArray(3, con.createArrayOf("bigint", rows.stream().map(GroupRow::keptId).toArray()));
			ps.setArray(4, con.createArrayOf("text", rows.stream().map(GroupRow::text).toArray()));
			ps.setArray(5, con.createArrayOf("text", rows.stream().map(GroupRow::speaker).toArray()));
			ps.setArray(6, con.createArrayOf("bigint", rows.stream().map(GroupRow::speakerEntityId).toArray()));
			ps.setArray(7, con.createArrayOf("text", rows.stream().map(GroupRow::venue).toArray()));
			ps.setArray(8, con.createArrayOf("boolean", rows.stream().map(GroupRow::partial).toArray()));
			ps.setArray(9, con.createArrayOf("text",
					rows.stream().map(row -> String.join(KEYS_SEPARATOR, row.members())).toArray()));
			return ps;
		}, rs -> {
			ids.put(rs.getInt(2), rs.getLong(1));
		});
		return ids;
	}

	/**
	 * Groups quotes speaker by speaker first (one speaker's quotes that share most words are one statement), each
	 * quote's words computed once: a story of a thousand articles has thousands of quotes. Then the same words are
	 * one statement whoever an article credits them to: a quote whose speaker the article leaves unnamed (or that
	 * Parallax could not tell) joins the named speaker's version of it, and two named speakers' versions that are the
	 * same words make one statement, credited differently (a difference worth checking, QuotedStatements). The quotes
	 * come in reading order (article file, sentence, place in it), not in the order they were stored: articles are
	 * analysed on every core at once, and the groups must not depend on which finished first.
	 */
	static List<List<StoredQuote>> group(List<StoredQuote> quotes) {
		Map<StoredQuote, Set<String>> words = new HashMap<>();
		quotes.forEach(q -> words.put(q, q.words()));
		Map<Object, List<StoredQuote>> bySpeaker = new LinkedHashMap<>();
		quotes.forEach(q -> bySpeaker.computeIfAbsent(speakerOf(q), k -> new ArrayList<>()).add(q));
		List<List<StoredQuote>> groups = new ArrayList<>();
		List<StoredQuote> unattributed = bySpeaker.getOrDefault(UNNAMED, List.of());
		bySpeaker.forEach((speaker, sameSpeaker) -> {
			if (!speaker.equals(UNNAMED)) {
				groups.addAll(groupOneSpeaker(sameSpeaker, words));
			}
		});
		List<List<StoredQuote>> sameWords = mergedWhenSameWords(groups, words);
		List<StoredQuote> alone = new ArrayList<>();
		SeedIndex seeds = new SeedIndex(sameWords, words);
		for (StoredQuote quote : unattributed) {
			seeds.best(words.get(quote), MIN_UNATTRIBUTED_WORDS).ifPresentOrElse(group -> group.add(quote),
					() -> alone.add(quote));
		}
		sameWords.addAll(groupOneSpeaker(alone, words));
		Map<Long, Integer> reading = new HashMap<>();
		quotes.forEach(q -> reading.put(q.id(), reading.size()));
		sameWords.sort(Comparator.comparing((List<StoredQuote> g) -> g.size()).reversed()
			.thenComparing(g -> reading.get(g.get(0).id())));
		return sameWords;
	}

	/**
	 * Groups of different speakers whose longest versions are the same words: one statement. Only long quotes,
	 * almost word for word: short phrases ("a witch hunt") are said by many people.
	 */
	private static List<List<StoredQuote>> mergedWhenSameWords(List<List<StoredQuote>> groups,
			Map<StoredQuote, Set<String>> words) {
		List<List<StoredQuote>> merged = new ArrayList<>();
		SeedIndex seeds = new SeedIndex(merged, words);
		for (List<StoredQuote> group : groups) {
			Set<String> seed = words.get(group.get(0));
			Optional<List<StoredQuote>> same = seed.size() < MIN_CROSS_SPEAKER_WORDS ? Optional.empty()
					: seeds.sameWords(seed);
			if (same.isPresent()) {
				same.get().addAll(group);
			}
			else {
				merged.add(group);
				seeds.add(group);
			}
		}
		return merged;
	}

	/** The groups' seeds (their longest quotes) by word, so a quote is compared only with those it shares words with. */
	private static final class SeedIndex {

		private final List<List<StoredQuote>> groups;

		private final Map<StoredQuote, Set<String>> words;

		private final Map<String, List<List<StoredQuote>>> byWord = new HashMap<>();

		/** Each group's seed's telling words, read once: an unattributed quote is compared with many groups. */
		private final Map<List<StoredQuote>, Set<String>> tellingOf = new IdentityHashMap<>();

		SeedIndex(List<List<StoredQuote>> groups, Map<StoredQuote, Set<String>> words) {
			this.groups = groups;
			this.words = words;
			groups.forEach(this::add);
		}

		void add(List<StoredQuote> group) {
			words.get(group.get(0)).stream().filter(SeedIndex::telling)
				.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(group));
		}

		/**
		 * Whether a word tells quotes apart: "the" and "we" are in most of them, and looking a quote up by them would
		 * compare it with nearly every group (a story of a thousand articles has thousands).
		 */
		private static boolean telling(String word) {
			return word.length() > 2 && !FunctionWords.contains(word);
		}

		private static Set<String> tellingWords(Set<String> words) {
			Set<String> telling = new HashSet<>();
			words.stream().filter(SeedIndex::telling).forEach(telling::add);
			return telling;
		}

		private static boolean contained(Set<String> part, Set<String> whole) {
			return part.stream().filter(whole::contains).count() >= CONTAINED * part.size();
		}

		/** The group whose seed these words are most like (as one speaker's quotes are grouped). */
		Optional<List<StoredQuote>> best(Set<String> quote, int minWords) {
			Set<String> telling = tellingWords(quote);
			if (telling.size() < minWords) {
				return Optional.empty();
			}
			List<StoredQuote> best = null;
			double bestScore = 0;
			for (List<StoredQuote> group : candidates(quote)) {
				// its words of substance, not only "the will of the": a scare quote is not a speech that holds it
				Set<String> seed = words.get(group.get(0));
				double score = contained(telling, tellingOf.computeIfAbsent(group, g -> tellingWords(seed)))
						? similarity(seed, quote) : 0;
				if (score > bestScore) {
					best = group;
					bestScore = score;
				}
			}
			return Optional.ofNullable(best);
		}

		/**
		 * A group whose seed is nearly the same words as these, or holds nearly all of them, a long quote's ("Until
		 * then, he will continue to serve his constituents…" is the end of "When the dust settles, he will be
		 * vindicated. Until then, …").
		 */
		Optional<List<StoredQuote>> sameWords(Set<String> seed) {
			return candidates(seed).stream()
				.filter(group -> sameStatement(words.get(group.get(0)), seed))
				.findFirst();
		}

		/**
		 * The groups that share a telling word with the quote, one that not too many groups hold: a word in hundreds
		 * of quotes ("president") tells none apart, and looking quotes up by it would compare each with most groups.
		 */
		private List<List<StoredQuote>> candidates(Set<String> quote) {
			int tooCommon = Math.max(MIN_COMMON_WORD_GROUPS, groups.size() / COMMON_WORD_SHARE);
			Set<List<StoredQuote>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			List<List<StoredQuote>> candidates = new ArrayList<>();
			for (String word : quote) {
				List<List<StoredQuote>> holding = telling(word) ? byWord.getOrDefault(word, List.of()) : List.of();
				if (holding.size() > tooCommon) {
					continue;
				}
				for (List<StoredQuote> group : holding) {
					if (seen.add(group)) {
						candidates.add(group);
					}
				}
			}
			return candidates;
		}

	}

	private static List<List<StoredQuote>> groupOneSpeaker(List<StoredQuote> quotes, Map<StoredQuote, Set<String>> words) {
		List<StoredQuote> longestFirst = new ArrayList<>(quotes);
		longestFirst.sort(Comparator.comparing((StoredQuote q) -> words.get(q).size()).reversed()
			.thenComparing(StoredQuote::id));
		List<List<StoredQuote>> groups = new ArrayList<>();
		for (StoredQuote quote : longestFirst) {
			List<StoredQuote> best = null;
			double bestScore = 0;
			for (List<StoredQuote> group : groups) {
				double score = similarity(words.get(group.get(0)), words.get(quote));
				if (score > bestScore) {
					best = group;
					bestScore = score;
				}
			}
			if (best != null) {
				best.add(quote);
			}
			else {
				groups.add(new ArrayList<>(List.of(quote)));
			}
		}
		return groups;
	}

	private static Object speakerOf(StoredQuote quote) {
		return quote.speakerEntityId() != null ? quote.speakerEntityId()
				: Objects.requireNonNullElse(quote.speakerKey(), UNNAMED);
	}

	private static boolean sameStatement(Set<String> a, Set<String> b) {
		int shorterSize = Math.min(a.size(), b.size());
		if (shorterSize < SAME_STATEMENT_WORDS * Math.max(a.size(), b.size()) && shorterSize < MIN_EXCERPT_WORDS) {
			return false;
		}
		if (jaccard(a, b) >= SAME_STATEMENT_WORDS) {
			return true;
		}
		Set<String> shorter = a.size() <= b.size() ? a : b;
		Set<String> longer = shorter == a ? b : a;
		long held = shorter.stream().filter(longer::contains).count();
		return shorter.size() >= MIN_EXCERPT_WORDS && held >= CONTAINED_EXCERPT * shorter.size();
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		// counted without a set of its own: this runs for many pairs of quotes in a large story
		Set<String> smaller = a.size() <= b.size() ? a : b;
		Set<String> larger = smaller == a ? b : a;
		long common = smaller.stream().filter(larger::contains).count();
		return a.isEmpty() && b.isEmpty() ? 0 : (double) common / (a.size() + b.size() - common);
	}

	/** How alike the words of two quotes are, or 0 when they are not the same words. */
	private static double similarity(Set<String> a, Set<String> b) {
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		double jaccard = union.isEmpty() ? 0 : (double) common.size() / union.size();
		double contained = b.isEmpty() ? 0 : (double) common.size() / Math.min(a.size(), b.size());
		if (jaccard >= SAME_WORDS || contained >= CONTAINED && Math.min(a.size(), b.size()) >= 2) {
			return Math.max(jaccard, contained);
		}
		return 0;
	}

	/**
	 * A statement's row: its words are its first quote's (the longest), or, for a statement that keeps its id, the
	 * words it was shown with before when one of its quotes still has them, so that its page does not change heading
	 * because an article was imported again.
	 */
	private static GroupRow row(int position, Long keptId, String previousText, List<StoredQuote> group,
			Set<String> members, EntityIndex entities) {
		String text = group.stream().map(StoredQuote::text).filter(t -> t.equals(previousText)).findFirst()
			.orElse(group.get(0).text());
		Long speakerEntity = group.stream().map(StoredQuote::speakerEntityId).filter(Objects::nonNull).findFirst()
			.orElse(null);
		String speaker = Optional.ofNullable(speakerEntity)
			.flatMap(entities::nameOf)
			.orElseGet(() -> group.stream().map(StoredQuote::speaker).filter(Objects::nonNull)
				.max(Comparator.comparing(String::length)).orElse(null));
		String venue = group.stream().map(StoredQuote::venue).filter(Objects::nonNull).findFirst().orElse(null);
		boolean partial = group.stream().allMatch(StoredQuote::partial);
		return new GroupRow(position, keptId, text, speaker, speakerEntity, venue, partial, members);
	}

}
