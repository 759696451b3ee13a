package io.parallax.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.parallax.text.TaggedToken;

/**
 * Reads which way a date in a sentence points from the verb that governs it: the verb group nearest the date
 * (on either side, the left one on a tie, a punctuation mark between counting as distance). A past verb ("met",
 * "was announced", "has said") looks back; a future or modal one ("will", "is expected to", "plans to", "is
 * scheduled for", "could") looks ahead; a present one ("faces", "is") tells nothing. Words elsewhere in the
 * sentence ("by", "next", "away") have no say: only the governing verb does.
 */
final class Tense {

	/** Stands for the date itself as the word after a verb group: "is expected Monday". */
	private static final String DATE = "@date";

	private static final Set<String> MODALS = Set.of("will", "'ll", "’ll", "wo", "shall", "would", "could", "may",
			"might", "can", "ca", "should", "must");

	/** Modals whose perfect still lies ahead: "will have left by Friday". */
	private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "’ll", "shall");

	private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "did");

	private static final Set<String> PERFECT = Set.of("has", "have", "'ve", "’ve");

	/** Verbs that put what follows ahead of them: "plans to", "is expected to", "is scheduled for". */
	private static final Set<String> LOOKING_AHEAD = Set.of("plan", "plans", "planned", "planning", "expect", "expects",
			"expected", "schedule", "scheduled", "slated", "set", "due", "intend", "intends", "intended", "aim", "aims",
			"poised", "prepare", "prepares", "preparing", "going", "hope", "hopes", "supposed");

	/** "is up for re-election in November", "are up for a vote": what is to come, not the present. */
	private static final String UP_FOR = "up for";

	/** The present of "to be": "was up for re-election in November" tells of a past election. */
	private static final Set<String> BE = Set.of("is", "are", "'s", "’s", "'re", "’re");

	/** What may follow a verb that looks ahead: "expected to", "scheduled for", "due by", "expected Monday". */
	private static final Set<String> AHEAD_OF = Set.of("to", "for", "by", "in", "on", "at", "next", "this", DATE);

	/**
	 * Words just before a date that speak of what has not happened yet: "perhaps in early June", "due by Monday",
	 * "the upcoming vote".
	 */
	private static final Set<String> NOT_YET = Set.of("perhaps", "possibly", "probably", "likely", "maybe", "due",
			"upcoming", "scheduled", "slated");

	/** Common irregular past forms; regular ones end in "-ed". Forms shared with the present ("put") are left out. */
	private static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "met", "left", "took", "made", "came",
			"went", "gave", "got", "began", "held", "wrote", "spoke", "brought", "thought", "found", "sent", "won",
			"lost", "struck", "fought", "paid", "sought", "chose", "drove", "fell", "knew", "saw", "stood", "flew",
			"rose", "ran", "became", "broke", "caught", "felt", "kept", "led", "meant", "sold", "spent", "taught",
			"withdrew", "wore", "froze", "hid", "shook", "stole", "swore", "threw", "woke", "bought", "built", "dealt",
			"heard", "laid", "lent", "sat", "slept", "shot", "stuck", "swept", "upheld", "forbade", "overturned",
			"arose", "bore", "drew", "grew", "underwent", "undertook", "oversaw", "rode", "sang", "sank", "sprang",
			"swam", "tore", "wept", "wound", "fled");

	private Tense() {
	}

	/**
	 * A run of verbs and their particles, and the direction it gives; null when it has no tense of its own.
	 *
	 * @param perfect whether it is a present perfect ("has invited")
	 * @param infinitive whether it follows "to" ("to discuss")
	 */
	private record Group(int first, int last, Direction direction, boolean perfect, boolean infinitive) {

		/**
		 * For a day named by its weekday that an infinitive of purpose governs after a present perfect ("has invited
		 * them to his office on Friday morning to discuss"): what the perfect is for lies ahead as often as not, so
		 * the nearest such day. A day the perfect governs itself ("has announced on Friday", wire style) stays past.
		 */
		Direction forDay() {
			return perfect && direction == Direction.PAST ? Direction.NEAREST : direction;
		}

	}

	/** The direction the verbs around tokens [from, to) give a date there. */
	static Direction at(List<TaggedToken> tokens, int startOffset, int endOffset) {
		return at(tokens, startOffset, endOffset, false);
	}

	/** As {@link #at}, for a day named by its weekday ("on Friday morning"). */
	static Direction atDay(List<TaggedToken> tokens, int startOffset, int endOffset) {
		return at(tokens, startOffset, endOffset, true);
	}

	private static Direction at(List<TaggedToken> tokens, int startOffset, int endOffset, boolean day) {
		int from = 0;
		while (from < tokens.size() && tokens.get(from).end() <= startOffset) {
			from++;
		}
		int to = from;
		while (to < tokens.size() && tokens.get(to).start() < endOffset) {
			to++;
		}
		if (notYetBefore(tokens, from)) {
			return Direction.FUTURE;
		}
		List<Group> groups = groups(tokens, from, to);
		Group nearest = nearest(tokens, groups, from, to, false);
		if (nearest == null || nearest.direction() != null) {
			return nearest == null ? Direction.NEAREST : nearest.direction();
		}
		// A participle or infinitive has no tense of its own: the clause that governs it gives one, though what a
		// future clause embeds ("would follow Witkoff holding talks on Wednesday") may lie either way.
		Group finite = nearest(tokens, groups, from, to, true);
		// what a perfect is for ("has invited them … on Friday morning to discuss") lies after it; what goes on
		// beside it ("has kept a low profile, other than lashing out … early Saturday") within its span
		return finite == null || finite.direction() == Direction.FUTURE ? Direction.NEAREST
				: day && nearest.infinitive() ? finite.forDay() : finite.direction();
	}

	/**
	 * The verb group nearest the date; one after it counts double, since a date mostly follows its verb ("criticized
	 * Netanyahu on Tuesday over his plans to address…").
	 */
	private static Group nearest(List<TaggedToken> tokens, List<Group> groups, int from, int to, boolean finiteOnly) {
		Group nearest = null;
		int best = Integer.MAX_VALUE;
		for (Group group : groups) {
			int distance = group.last() < from ? distance(tokens, group.last(), from)
					: 2 * distance(tokens, to - 1, group.first()) + 1;
			if (distance < best && !(finiteOnly && group.direction() == null)) {
				best = distance;
				nearest = group;
			}
		}
		return nearest;
	}

	/** "due by Monday", "perhaps in early June": the word before the date, or before its preposition. */
	private static boolean notYetBefore(List<TaggedToken> tokens, int from) {
		int before = from - 1;
		if (before >= 0 && "ADP".equals(tokens.get(before).tag())) {
			before--;
		}
		return before >= 0 && NOT_YET.contains(lower(tokens.get(before)));
	}

	/** Tokens between two positions, a punctuation mark counting three. */
	private static int distance(List<TaggedToken> tokens, int left, int right) {
		int distance = 0;
		for (int i = left + 1; i < right; i++) {
			distance += "PUNCT".equals(tokens.get(i).tag()) ? 3 : 1;
		}
		return distance;
	}

	private static List<Group> groups(List<TaggedToken> tokens, int skipFrom, int skipTo) {
		List<Group> groups = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			if (i >= skipFrom && i < skipTo || !verbal(tokens.get(i))) {
				i++;
				continue;
			}
			int first = i;
			while (i < tokens.size() && !(i >= skipFrom && i < skipTo) && (verbal(tokens.get(i)) || linking(tokens.get(i)))) {
				i++;
			}
			int last = i - 1;
			while (last > first && linking(tokens.get(last))) {
				last--;
			}
			String next = i == skipFrom ? DATE : i < tokens.size() ? lower(tokens.get(i)) : "";
			if (next.equals("up") && i + 1 < tokens.size() && lower(tokens.get(i + 1)).equals("for")) {
				next = UP_FOR;
			}
			String beforeTo = first > 1 && lower(tokens.get(first - 1)).equals("to") ? lower(tokens.get(first - 2)) : null;
			groups.add(new Group(first, last, direction(tokens.subList(first, last + 1), beforeTo, next),
					last > first && PERFECT.contains(lower(tokens.get(first))), beforeTo != null));
		}
		return groups;
	}

	private static boolean verbal(TaggedToken token) {
		return "VERB".equals(token.tag()) || "AUX".equals(token.tag());
	}

	/** Words inside a verb group: "will not be", "has also said", "plans to visit". */
	private static boolean linking(TaggedToken token) {
		String word = lower(token);
		return "PART".equals(token.tag()) || word.equals("not") || word.equals("n't") || word.equals("also")
				|| word.equals("still") || word.equals("already") || word.equals("just") || word.equals("never");
	}

	/**
	 * The direction of one verb group: {@link Direction#NEAREST} for a present one ("faces"), null for a participle
	 * or an infinitive, whose time the governing clause gives ("calling on Akin to resign", "holding talks"), unless
	 * what it follows looks ahead ("a plan to withdraw by the summer").
	 *
	 * @param beforeTo the word before "to" when the group is an infinitive, else null
	 * @param next the word after the group ("for" in "is scheduled for", or {@link #DATE})
	 */
	private static Direction direction(List<TaggedToken> group, String beforeTo, String next) {
		List<String> words = group.stream().map(Tense::lower).toList();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (MODALS.contains(word)) {
				// "would have resigned" looks back, "will have left by Friday" ahead; "will have their say", where
				// "have" is the verb itself, ahead ("could have easily won": an adverb parts the group)
				boolean perfect = i + 1 < words.size() && PERFECT.contains(words.get(i + 1))
						&& (i + 2 < words.size() || next.endsWith("ly"));
				return perfect && !FUTURE_MODALS.contains(word) ? Direction.PAST : Direction.FUTURE;
			}
			String after = i + 1 < words.size() ? words.get(i + 1) : next;
			if (LOOKING_AHEAD.contains(word) && (after.equals("to") || i + 1 == words.size() && AHEAD_OF.contains(after))
					&& !(word.equals("set") && i == 0)) {
				return Direction.FUTURE;
			}
		}
		String head = words.get(0);
		if (words.size() == 1 && BE.contains(head) && next.equals(UP_FOR)) {
			return Direction.FUTURE;
		}
		boolean progressive = words.size() > 1 && words.get(words.size() - 1).endsWith("ing");
		if (PAST_AUXILIARIES.contains(head)) {
			// "was leaving in February" speaks of a plan as often as of the past
			return progressive && !head.equals("had") ? Direction.NEAREST : Direction.PAST;
		}
		if (PERFECT.contains(head) && words.size() > 1 || isPast(head)) {
			return Direction.PAST;
		}
		if (beforeTo != null) {
			return LOOKING_AHEAD.contains(beforeTo) ? Direction.FUTURE : null;
		}
		return words.stream().allMatch(w -> w.endsWith("ing")) ? null : Direction.NEAREST;
	}

	private static boolean isPast(String word) {
		return word.endsWith("ed") && word.length() > 3 && !word.equals("need") && !word.equals("feed")
				|| IRREGULAR_PAST.contains(word);
	}

	private static String lower(TaggedToken token) {
		return token.text().toLowerCase(Locale.ROOT);
	}

}
