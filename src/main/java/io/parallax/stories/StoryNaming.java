package io.parallax.stories;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Titles and slugs for stories. A title comes from story.properties, or else is the headline that shares the most
 * words with the story's other headlines (the most representative one). A slug, once given, stays: permalinks
 * must not move when a new article changes the derived title.
 */
@Component
class StoryNaming {

	private static final int MAX_SLUG_LENGTH = 60;

	private final StoryRepository stories;

	StoryNaming(StoryRepository stories) {
		this.stories = stories;
	}

	record Title(String text, boolean derived) {
	}

	Title title(String override, List<Headline> headlines) {
		if (override != null && !override.isBlank()) {
			return new Title(override.strip(), false);
		}
		List<Headline> real = headlines.stream().filter(h -> !h.derived()).toList();
		List<Headline> candidates = real.isEmpty() ? headlines : real;
		Headline best = candidates.stream()
			.max(Comparator.comparingDouble((Headline h) -> meanOverlap(h, candidates))
				.thenComparing(Headline::sourceFile, Comparator.reverseOrder()))
			.orElseThrow(() -> new IllegalArgumentException("a story needs at least one article"));
		return new Title(best.text(), true);
	}

	String newSlug(StoryImport storyImport, String title) {
		if (storyImport.slug() != null && !storyImport.slug().isBlank()) {
			return uniqueSlug(storyImport.slug());
		}
		return uniqueSlug(storyImport.isImportRoot() ? title : storyImport.folderName());
	}

	String uniqueSlug(String text) {
		String base = slugify(text);
		String slug = base;
		for (int n = 2; stories.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	static String slugify(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() > MAX_SLUG_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
			slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
		}
		return slug.isEmpty() ? "story" : slug;
	}

	private static double meanOverlap(Headline headline, List<Headline> all) {
		Set<String> words = words(headline.text());
		return all.stream()
			.filter(other -> other != headline)
			.mapToDouble(other -> jaccard(words, words(other.text())))
			.average()
			.orElse(0);
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		return union.isEmpty() ? 0 : (double) common.size() / union.size();
	}

	private static Set<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isEmpty())
			.collect(Collectors.toSet());
	}

}
