package io.parallax.analysis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import io.parallax.stories.ArticleLabel;
import io.parallax.stories.ArticleText;

/**
 * The outlet an article is from, as its own reporting names it: "a source told Fox News" in a Fox News article cites
 * the source, not Fox News, and "As HuffPost reported Wednesday" in a HuffPost article is the outlet's own work. An
 * outlet is known by its name (the text's, the registry's or an editor's) or the name its file name gives
 * ({@code huffpost.txt}); an article of neither names no outlet of its own.
 */
final class OwnOutlet {

	private static final OwnOutlet UNKNOWN = new OwnOutlet(List.of());

	/** Shorter than this, a name's letters are too few to tell a contraction of a name ("NY") from chance. */
	private static final int MIN_LETTERS = 3;

	private final List<List<String>> names;

	private OwnOutlet(List<List<String>> names) {
		this.names = names;
	}

	static OwnOutlet of(ArticleText article) {
		List<List<String>> names = Stream.of(article.outlet(), ArticleLabel.nameInFileName(article.sourceFile()))
			.filter(Objects::nonNull)
			.map(OwnOutlet::words)
			.filter(words -> !words.isEmpty())
			.toList();
		return names.isEmpty() ? UNKNOWN : new OwnOutlet(names);
	}

	/**
	 * Whether a news outlet the text names is this article's own: the same name ("Fox News", "fox-news.txt"), or,
	 * for a name of more than one word or a compound ("HuffPost"), one written as a contraction of the other: each
	 * part the start of a word of the other, in order, from its first ("The Huffington Post" and "huffpost.txt",
	 * "nytimes.com" and "The New York Times"). One word alone must be the whole name: "Fox" may be a person.
	 */
	boolean isNamedBy(String outlet) {
		List<String> mentioned = words(outlet);
		if (mentioned.isEmpty()) {
			return false;
		}
		boolean compound = mentioned.size() > 1 || outlet.strip().matches(".*\\p{Ll}\\p{Lu}.*");
		return names.stream().anyMatch(own -> squashed(own).equals(squashed(mentioned))
				|| compound && (contracts(squashed(mentioned), own) || contracts(squashed(own), mentioned)));
	}

	private static boolean contracts(String letters, List<String> words) {
		return letters.length() >= MIN_LETTERS && words.size() > 1 && prefixes(letters, words, 0, true);
	}

	/** Whether {@code letters} is made of the starts of {@code words} from {@code from}, in order, skipping some. */
	private static boolean prefixes(String letters, List<String> words, int from, boolean firstRequired) {
		if (letters.isEmpty()) {
			return true;
		}
		for (int w = from; w < words.size(); w++) {
			String word = words.get(w);
			for (int length = Math.min(word.length(), letters.length()); length > 0; length--) {
				if (letters.startsWith(word.substring(0, length)) && prefixes(letters.substring(length), words, w + 1, false)) {
					return true;
				}
			}
			if (firstRequired) {
				return false;
			}
		}
		return false;
	}

	private static String squashed(List<String> words) {
		return String.join("", words);
	}

	/** Lower-case words of letters and digits, without "the" first nor a web address's "www" and ending. */
	private static List<String> words(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
			.replaceAll("(?i)^www\\.|\\.(com|org|net|co\\.uk|com\\.au)$", "")
			.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2")
			.toLowerCase(Locale.ROOT);
		List<String> words = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
		return !words.isEmpty() && words.get(0).equals("the") ? words.subList(1, words.size()) : words;
	}

}
