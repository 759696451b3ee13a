package io.parallax.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.dates.DatePrecision;
import io.parallax.text.FunctionWords;

/**
 * The one date that places a sentence on the timeline. A sentence that names several dates ("deductions ranged from
 * $550,000 in 2008 to more than $3 million in 2007, 2013 and 2014") is one entry, not one per date; it stands at its
 * most precise date ("headed the command from 2010 to 2013, won confirmation on Jan. 20, 2017" at the day), the
 * first of equals. A year that labels an event between a determiner and a noun ("his 2016 campaign promises", "the
 * first 2016 candidate") names the event, not when the sentence's own happened, unless a preposition puts the
 * sentence at that event ("lost 60 seats in the 2019 election", "in a 2018 interview"): a sentence whose only dates
 * are labels is not on the timeline.
 */
final class SentenceDate {

	private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}");

	private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}’']+)\\s+$");

	/** A preposition before the determiner: the event labelled is the sentence's ("in the 2019 election"). */
	private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
			"(?i)\\b(?:in|during|at|after|before|since|until|from|by|following|through|on)\\s+[\\p{L}’']+\\s+$");

	private static final Pattern WORD_AFTER = Pattern.compile("^\\s+([\\p{L}][\\p{L}.’'-]*)");

	/** Words before a year that make it a label of what follows: "the 2016 election", "her 2012 concussion". */
	private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
			"your", "whose", "first", "last");

	/** Words after a year that go on the sentence, not a noun it labels: "the 2016 through 2018 seasons". */
	private static final Set<String> NOT_A_NOUN = Set.of("through", "until", "till", "when", "where");

	private SentenceDate() {
	}

	/** A date of a sentence: where it stands in the text and how precise it is (null when unresolved). */
	interface Mention {

		int start();

		int end();

		String text();

		String precision();

		/** Whether the date was resolved to the calendar: one that was not is placed only where none was. */
		boolean dated();

	}

	/** @param mentions the dates one sentence names */
	static <M extends Mention> Optional<M> of(String sentence, List<M> mentions) {
		return mentions.stream()
			.filter(mention -> !labelsAnEvent(sentence, mention))
			.min(Comparator.comparingInt(SentenceDate::coarseness).thenComparingInt(Mention::start));
	}

	private static int coarseness(Mention mention) {
		int undated = DatePrecision.values().length;
		return !mention.dated() || mention.precision() == null ? undated
				: DatePrecision.valueOf(mention.precision()).ordinal();
	}

	static boolean labelsAnEvent(String sentence, Mention mention) {
		if (!BARE_YEAR.matcher(mention.text()).matches() || mention.end() > sentence.length()) {
			return false;
		}
		Matcher before = WORD_BEFORE.matcher(sentence.substring(0, mention.start()));
		Matcher after = WORD_AFTER.matcher(sentence.substring(mention.end()));
		if (!before.find() || !after.find()) {
			return false;
		}
		String determiner = before.group(1).toLowerCase(Locale.ROOT);
		String next = after.group(1).toLowerCase(Locale.ROOT);
		boolean determined = DETERMINERS.contains(determiner) || determiner.endsWith("’s") || determiner.endsWith("'s");
		boolean timeOfTheSentence = PREPOSITION_BEFORE.matcher(sentence.substring(0, mention.start())).find();
		return determined && !timeOfTheSentence && !FunctionWords.contains(next) && !NOT_A_NOUN.contains(next);
	}

}
