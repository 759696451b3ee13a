package io.parallax.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.ingest.PageMetadata.Found;
import io.parallax.text.FunctionWords;

/**
 * Parallax analyses English: its sentence, tagging and name models are English ones. A page that declares another
 * language is refused saying which; a page that declares none is refused when its text has too few of the
 * commonest English words to be English (a third of running English is such words; French or German text has a
 * few percent).
 */
final class PageLanguage {

	private static final double MIN_ENGLISH_SHARE = 0.15;

	private static final int MIN_WORDS_TO_JUDGE = 40;

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private PageLanguage() {
	}

	static void check(Found declared, String text) throws UnreadableArticleException {
		if (declared != null && !declared.value().isBlank()) {
			Locale locale = Locale.forLanguageTag(declared.value().strip().replace('_', '-'));
			String language = locale.getLanguage();
			if (!language.isEmpty() && !language.equals("en") && !language.equals("und")) {
				String name = locale.getDisplayLanguage(Locale.ENGLISH);
				throw new UnreadableArticleException(("a different language: the page is in %s (%s \"%s\"); Parallax "
						+ "analyses English articles only").formatted(name.isEmpty() ? language : name,
								declared.source(), declared.value()));
			}
			if (language.equals("en")) {
				return;
			}
		}
		int words = 0;
		int common = 0;
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words++;
			if (FunctionWords.contains(matcher.group())) {
				common++;
			}
		}
		if (words >= MIN_WORDS_TO_JUDGE && common < words * MIN_ENGLISH_SHARE) {
			throw new UnreadableArticleException(("a different language: the page declares none, and only %d%% of "
					+ "its words are common English ones (English text has about a third); Parallax analyses English "
					+ "articles only").formatted(Math.round(100.0 * common / words)));
		}
	}

}
