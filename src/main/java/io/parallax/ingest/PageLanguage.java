package io.parallax.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.ingest.PageMetadata.Found;
import io.parallax.text.FunctionWords;

/**
 * Parallax analyses English: its sentence, tagging and name models are English ones. A page that declares another
 * language is refused saying which; a page that declares none, or English, is refused when its text has too few of
 * the commonest English words to be English (a third of running English is such words; French or German text has a
 * few percent). Templates declare English for pages in any language: a Bengali news site's, for one.
 */
final class PageLanguage {

	private static final double MIN_ENGLISH_SHARE = 0.15;

	/**
	 * For a page that declares English, a lower bar: its declaration counts for something, and a list-heavy English
	 * page (results, a timetable) has fewer common words than prose. The German, Spanish, French, Papiamento and
	 * Bengali pages of trafilatura's evaluation set that declare English have 0–9 % (PageSnippetEvaluationTest).
	 */
	private static final double MIN_ENGLISH_SHARE_DECLARED = 0.10;

	private static final int MIN_WORDS_TO_JUDGE = 40;

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private PageLanguage() {
	}

	/**
	 * @param text the page's whole main text: what a page that declares nothing is judged by (a Chinese page's
	 *     sentences do not end as English ones do)
	 * @param runningText its paragraphs that end as sentences do: what a page that declares English is judged by, so
	 *     that an English report with a long table of names is not taken for another language (when they have
	 *     enough words to judge: a Bengali page's sentences end as English ones do not either)
	 */
	static void check(Found declared, String text, String runningText) throws UnreadableArticleException {
		Locale locale = declared == null ? Locale.ROOT
				: Locale.forLanguageTag(declared.value().strip().replace('_', '-'));
		String language = locale.getLanguage();
		if (!language.isEmpty() && !language.equals("en") && !language.equals("und")) {
			String name = locale.getDisplayLanguage(Locale.ENGLISH);
			throw new UnreadableArticleException(("a different language: the page is in %s (%s \"%s\"); Parallax "
					+ "analyses English articles only").formatted(name.isEmpty() ? language : name, declared.source(),
							declared.value()));
		}
		boolean english = language.equals("en");
		// a declared page's sentences, when it has enough of them to judge; else all its text, as for an undeclared one
		boolean sentences = english && WORD.matcher(runningText).results().count() >= MIN_WORDS_TO_JUDGE;
		refuseUnlessEnglish(sentences ? runningText : text, english ? MIN_ENGLISH_SHARE_DECLARED : MIN_ENGLISH_SHARE,
				"the page declares %s".formatted(english ? "English (%s \"%s\")".formatted(declared.source(),
						declared.value()) : "none"));
	}

	private static void refuseUnlessEnglish(String text, double minShare, String stated)
			throws UnreadableArticleException {
		int words = 0;
		int common = 0;
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words++;
			if (FunctionWords.contains(matcher.group())) {
				common++;
			}
		}
		if (words >= MIN_WORDS_TO_JUDGE && common < words * minShare) {
			throw new UnreadableArticleException(("a different language: %s, and only %d%% of its words are common "
					+ "English ones (English text has about a third); Parallax analyses English articles only")
				.formatted(stated, Math.round(100.0 * common / words)));
		}
	}

}
