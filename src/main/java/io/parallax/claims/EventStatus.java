package io.parallax.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.analysis.SentenceFacts.QuoteFact;
import io.parallax.text.ContentWords;
import io.parallax.text.WordStems;

/**
 * Where one article reports as still to come what another reports as done: "is expected to plead guilty" against
 * "pleaded guilty", "is set to vote to override" against "voted Wednesday to override". Coverage written at
 * different hours of a story says this often, and a reader of the earlier article would not know the step was taken:
 * worth checking, never a flag (both may be right when they were written).
 * <p>
 * Only the reporter's words count (a speaker's "I will impose a ban" is what was said, not how far the story has
 * come), only the same action by its verb's stem ("expected to approve the bill" and "signed it" may be two steps),
 * and only where the two clauses share a word besides the verb ("plans to meet soon with Clinton" is another meeting
 * than "met with President Obama on Thursday").
 */
final class EventStatus {

	/** A step to come: "is expected to plead", "plans to file", "will sign", "set to be indicted". */
	private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:(?:expected|set|scheduled|slated|poised|due|going"
			+ "|about|plans?|planned|planning|intends?|intended|intending|agreed|agrees|promised|vowed)\\s+to"
			+ "|will|would|shall)\\s+(?:be\\s+)?(\\p{L}+)");

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

	/** Words that deny the step ("did not plead", "no charges have been filed", "has yet to"). */
	private static final Pattern DENIED = Pattern.compile("(?i)(?:\\bnot|n't|n’t|\\bnever|\\bno|\\byet)\\b[^,;]{0,30}$");

	private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "been", "is", "are",
			"be", "being");

	/** What puts a perfect or a passive out of the past: "would have allowed", "to be charged", "to become exhausted". */
	private static final Set<String> NOT_YET = Set.of("would", "could", "should", "might", "may", "must", "will",
			"shall", "to", "become");

	private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who",
			"which", "that");

	private static final Set<String> ADVERBS = Set.of("later", "then", "also", "already", "finally", "since", "just",
			"again", "first", "twice", "once", "previously", "earlier", "subsequently", "eventually", "ultimately");

	private EventStatus() {
	}

	/** One article's words for a step, and the words of the clause they stand in. */
	private record Step(String words, Set<String> clause) {
	}

	/**
	 * The status each article gives the claim's action where at least one article puts a step ahead and another
	 * reports the same step taken. An article that says both ("agreed to plead guilty … pleaded guilty") knows the
	 * outcome: it reports it done.
	 */
	static Optional<ClaimDifference> of(DraftClaim claim) {
		Map<Long, Map<String, Step>> ahead = new LinkedHashMap<>();
		Map<Long, Map<String, Step>> done = new LinkedHashMap<>();
		for (ClaimSentence sentence : claim.sentences()) {
			String text = sentence.text();
			boolean[] quoted = quoted(sentence);
			boolean[] prospective = new boolean[text.length()];
			Matcher step = AHEAD.matcher(text);
			while (step.find()) {
				Arrays.fill(prospective, step.start(), step.end(), true);
				String verb = step.group(1).toLowerCase(Locale.ROOT);
				if (!quoted[step.start(1)] && !ContentWords.of(verb).isEmpty()) {
					ahead.computeIfAbsent(sentence.articleId(), id -> new LinkedHashMap<>())
						.putIfAbsent(WordStems.ofVerb(verb),
								new Step(step.group().toLowerCase(Locale.ROOT), clause(text, step.group(1))));
				}
			}
			List<String> words = new ArrayList<>();
			Matcher word = WORD.matcher(text);
			while (word.find()) {
				String form = word.group().toLowerCase(Locale.ROOT);
				if (!prospective[word.start()] && !quoted[word.start()] && !hyphenated(text, word)
						&& pastForm(form) && taken(words)
						&& !DENIED.matcher(text.substring(Math.max(0, word.start() - 40), word.start())).find()) {
					done.computeIfAbsent(sentence.articleId(), id -> new LinkedHashMap<>())
						.putIfAbsent(WordStems.ofVerb(form), new Step(form, clause(text, word.group())));
				}
				words.add(word.group());
			}
		}
		for (Map<String, Step> steps : ahead.values()) {
			for (String stem : steps.keySet()) {
				Map<Long, String> values = statuses(stem, ahead, done);
				if (values.size() >= 2) {
					return Optional.of(new ClaimDifference("CERTAINTY", values, false));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Each article's words for one action, where its clause shares a word with a clause that gives it the other
	 * status: done where the article reports it done, else ahead.
	 */
	private static Map<Long, String> statuses(String stem, Map<Long, Map<String, Step>> ahead,
			Map<Long, Map<String, Step>> done) {
		List<Step> aheadSteps = steps(stem, ahead);
		List<Step> doneSteps = steps(stem, done);
		Map<Long, String> values = new LinkedHashMap<>();
		done.forEach((article, steps) -> {
			Step step = steps.get(stem);
			if (step != null && sharesAWord(step, aheadSteps, stem)) {
				values.put(article, step.words());
			}
		});
		if (values.isEmpty()) {
			return values;
		}
		ahead.forEach((article, steps) -> {
			Step step = steps.get(stem);
			if (step != null && !done.getOrDefault(article, Map.of()).containsKey(stem)
					&& sharesAWord(step, doneSteps, stem)) {
				values.putIfAbsent(article, step.words());
			}
		});
		return values.size() >= 2 && values.keySet().stream().anyMatch(ahead::containsKey)
				&& values.keySet().stream().anyMatch(article -> done.getOrDefault(article, Map.of()).containsKey(stem))
						? values : Map.of();
	}

	private static List<Step> steps(String stem, Map<Long, Map<String, Step>> byArticle) {
		return byArticle.values().stream().map(steps -> steps.get(stem)).filter(step -> step != null).toList();
	}

	private static boolean sharesAWord(Step step, List<Step> others, String stem) {
		return others.stream().anyMatch(other -> {
			Set<String> common = new HashSet<>(step.clause());
			common.retainAll(other.clause());
			common.remove(stem);
			return !common.isEmpty();
		});
	}

	private static Set<String> clause(String text, String verb) {
		Set<String> words = new HashSet<>(Differences.clauseAround(text, verb));
		words.addAll(ContentWords.of(verb));
		return words;
	}

	/**
	 * A verb of a step already taken: "pleaded", "charged", "written", "met", a form that is not its own base; not a
	 * base form ("plead", "the vote"), nor "-s" or "-ing" (a plural noun, a step under way).
	 */
	private static boolean pastForm(String word) {
		return !word.endsWith("s") && !word.endsWith("ing") && !ContentWords.of(word).isEmpty()
				&& !WordStems.verbBaseOf(word).equals(word);
	}

	/**
	 * Whether a past form reports a step taken, by the words before it: a subject named or a pronoun ("she pleaded",
	 * "the Senate voted"), an adverb ("his wife later pleaded") or an auxiliary ("has been charged"), but not a noun it
	 * describes ("the right awarded to babies", "a wall made of concrete") nor a modal or an infinitive ("would have
	 * allowed", "to become exhausted").
	 */
	private static boolean taken(List<String> before) {
		int at = before.size() - 1;
		while (at >= 0 && isAdverb(before.get(at))) {
			at--;
		}
		if (at < 0) {
			return false;
		}
		String previous = before.get(at).toLowerCase(Locale.ROOT);
		boolean afterAnAdverb = at < before.size() - 1;
		if (AUXILIARIES.contains(previous)) {
			for (int back = at - 1; back >= Math.max(0, at - 2); back--) {
				if (NOT_YET.contains(before.get(back).toLowerCase(Locale.ROOT))) {
					return false;
				}
			}
			return true;
		}
		return !NOT_YET.contains(previous) && (afterAnAdverb || SUBJECT_PRONOUNS.contains(previous)
				|| Character.isUpperCase(before.get(at).charAt(0)));
	}

	private static boolean isAdverb(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return ADVERBS.contains(lower) || lower.length() > 4 && lower.endsWith("ly");
	}

	/** "open-ended", "long-awaited": part of a compound, not a verb of the sentence. */
	private static boolean hyphenated(String text, Matcher word) {
		return word.start() > 0 && text.charAt(word.start() - 1) == '-'
				|| word.end() < text.length() && text.charAt(word.end()) == '-';
	}

	/** The characters of the sentence inside its quotations, and those before a quotation's close that opened earlier. */
	private static boolean[] quoted(ClaimSentence sentence) {
		String text = sentence.text();
		boolean[] quoted = new boolean[text.length() + 1];
		for (QuoteFact quote : sentence.facts().quotes()) {
			int at = text.indexOf(quote.text());
			if (at >= 0) {
				Arrays.fill(quoted, at, at + quote.text().length(), true);
			}
		}
		if (!sentence.facts().runningQuotes().isEmpty()) {
			Arrays.fill(quoted, 0, ClaimSentence.runningQuoteEnd(text), true);
		}
		return quoted;
	}

}
