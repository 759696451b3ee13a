package io.parallax.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What readers see an article called where a page, a table or an export names it, the same everywhere: the outlet
 * when the text or an editor names it; otherwise a name the file name plainly gives ({@code nytimes.txt},
 * {@code bbc-2025-08-07.txt}, {@code www.reuters.com_story.txt}), marked as taken from the file name; otherwise the
 * headline's first words in quotation marks. A file name of numbers and hashes ({@code 004_c8385735afe06fd6.txt})
 * says nothing to a reader, so it is never a label.
 *
 * @param source where the label comes from
 */
public record ArticleLabel(String text, Source source) {

	public enum Source {
		OUTLET, FILE_NAME, HEADLINE
	}

	/** Headline labels are cut at a word boundary near this many characters. */
	static final int HEADLINE_CHARACTERS = 40;

	private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(txt|html?|text)$");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-+,()\\[\\]]+");

	private static final Pattern DOMAIN = Pattern.compile("(?i)(?:www\\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,})");

	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	/** Words that name what a file is, not who published it. */
	private static final Set<String> GENERIC = Set.of("article", "articles", "story", "stories", "text",
			"file", "copy", "draft", "untitled", "page", "document", "doc", "final", "saved");

	/** Words that are part of a publisher's name beside another ("fox-news", "sky-news"), but name nothing alone. */
	private static final Set<String> NAME_PARTS = Set.of("news");

	/**
	 * Words that belong to a publisher's name only beside the rest of it ("new-york-times", "the-guardian"), and name
	 * nothing alone ("new-article"); "of" and "and" never open one.
	 */
	private static final Set<String> NAME_JOINERS = Set.of("new", "the", "and", "of");

	private static final Set<String> NEVER_FIRST = Set.of("and", "of");

	/** A name of at most this many words is a publisher's; more is a description ("trump-putin-summit-talks"). */
	private static final int MAX_NAME_WORDS = 2;

	public static ArticleLabel of(String outlet, String sourceFile, String headline) {
		if (outlet != null && !outlet.isBlank()) {
			return new ArticleLabel(outlet.strip(), Source.OUTLET);
		}
		String fromFile = nameInFileName(sourceFile);
		if (fromFile != null) {
			return new ArticleLabel(fromFile + " (file name)", Source.FILE_NAME);
		}
		return new ArticleLabel(headlineLabel(headline), Source.HEADLINE);
	}

	/** A domain or one or two words left when dates, numbers and hashes are taken out of the file's name. */
	public static String nameInFileName(String sourceFile) {
		if (sourceFile == null) {
			return null;
		}
		String base = EXTENSION.matcher(sourceFile.strip()).replaceFirst("");
		List<String> words = new ArrayList<>();
		for (String token : SEPARATORS.split(base)) {
			Matcher domain = DOMAIN.matcher(token);
			if (domain.matches()) {
				return domain.group(1).toLowerCase(Locale.ROOT);
			}
			if (WORD.matcher(token).matches() && !GENERIC.contains(token.toLowerCase(Locale.ROOT))) {
				words.add(token);
			}
			else if (token.chars().anyMatch(Character::isLetter) && !token.chars().allMatch(Character::isLetterOrDigit)) {
				return null;
			}
		}
		List<String> name = trimmedJoiners(words);
		long named = name.stream()
			.filter(w -> !NAME_JOINERS.contains(w.toLowerCase(Locale.ROOT)) && !NAME_PARTS.contains(w.toLowerCase(Locale.ROOT)))
			.count();
		return named == 0 || named > MAX_NAME_WORDS ? null : String.join(" ", name);
	}

	private static List<String> trimmedJoiners(List<String> words) {
		int from = 0;
		int to = words.size();
		while (from < to && NEVER_FIRST.contains(words.get(from).toLowerCase(Locale.ROOT))) {
			from++;
		}
		while (to > from && NAME_JOINERS.contains(words.get(to - 1).toLowerCase(Locale.ROOT))) {
			to--;
		}
		return words.subList(from, to);
	}

	/** The headline's first words, cut at a word boundary, in quotation marks so it is not taken for an outlet. */
	static String headlineLabel(String headline) {
		String text = headline == null ? "" : headline.strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			return "Untitled article";
		}
		if (text.length() > HEADLINE_CHARACTERS) {
			int cut = text.lastIndexOf(' ', HEADLINE_CHARACTERS);
			text = (cut > HEADLINE_CHARACTERS / 2 ? text.substring(0, cut) : text.substring(0, HEADLINE_CHARACTERS))
				.replaceAll("[\\p{Punct}\\s]+$", "") + "…";
		}
		return "“" + text + "”";
	}

}
