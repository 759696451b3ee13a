package io.parallax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.json.JsonParserFactory;

/**
 * The benchmarks' articles, made at run time and never committed: real news read from the folders that
 * {@code -Dbenchmark.corpus=/path[,/path…]} names, or, without it, the seeds and the varied test articles
 * replicated with varied names and numbers (said so in the output). A folder may hold plain-text articles
 * (one per {@code .txt} file, grouped into stories by their folder, as in the BBC News dataset) or JSON articles
 * with {@code title}, {@code date}, {@code source} and {@code body-paragraphs} (as in BASIL, grouped by
 * {@code triplet-uuid}). The first {@code large} articles make one large story; the rest keep their own stories,
 * in stories of at most {@code storySize} articles.
 */
public final class BenchmarkCorpus {

	/** An article as the corpus gives it, and the story it belongs to there. */
	record SourceArticle(String group, String name, String text) {
	}

	/**
	 * @param description what the corpus is, for the benchmark's output
	 */
	public record Built(Path root, String largeSlug, int largeArticles, int stories, int articles, boolean real,
			String description) {
	}

	private BenchmarkCorpus() {
	}

	public static String property() {
		return System.getProperty("benchmark.corpus", "").strip();
	}

	/** Story folders below {@code root}: a large story, the other stories, and the seeds as a story of their own. */
	public static Built build(Path root, int large, int storySize) throws IOException {
		List<SourceArticle> articles = property().isEmpty() ? replicated(large + 20 * 5) : read(property());
		boolean real = !property().isEmpty();
		Path largeFolder = story(root, "benchmark-large", "Benchmark: " + large + " articles");
		int n = 0;
		for (SourceArticle article : articles.subList(0, Math.min(large, articles.size()))) {
			Files.writeString(largeFolder.resolve("%04d-%s.txt".formatted(n++, article.name())), article.text());
		}
		Map<String, List<SourceArticle>> groups = articles.subList(Math.min(large, articles.size()), articles.size())
			.stream()
			.collect(Collectors.groupingBy(SourceArticle::group, LinkedHashMap::new, Collectors.toList()));
		int stories = 2;
		for (Map.Entry<String, List<SourceArticle>> group : groups.entrySet()) {
			List<SourceArticle> members = group.getValue();
			for (int from = 0; from < members.size(); from += storySize) {
				String key = slug(group.getKey()) + "-" + (from / storySize + 1);
				Path folder = story(root, "benchmark-" + key, "Benchmark: " + group.getKey() + " " + (from / storySize + 1));
				for (SourceArticle article : members.subList(from, Math.min(members.size(), from + storySize))) {
					Files.writeString(folder.resolve(article.name() + ".txt"), article.text());
				}
				stories++;
			}
		}
		Path seeds = Files.createDirectories(root.resolve("seeds"));
		try (Stream<Path> files = Files.list(StoryFolderFixture.SEEDS)) {
			for (Path file : files.toList()) {
				Files.copy(file, seeds.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Files.writeString(seeds.resolve("story.properties"), "slug=seeds\n");
		String description = real
				? "%d real articles from %s".formatted(articles.size() + 5, property())
				: "NO -Dbenchmark.corpus GIVEN: %d articles replicated from the 5 seeds and 14 varied test articles "
					.formatted(articles.size()) + "(names and numbers varied; most sentences repeat)";
		return new Built(root, "benchmark-large", Math.min(large, articles.size()), stories,
				articles.size() + 5, real, description);
	}

	private static Path story(Path root, String slug, String title) throws IOException {
		Path folder = Files.createDirectories(root.resolve(slug));
		Files.writeString(folder.resolve("story.properties"), "title=" + title + "\nslug=" + slug + "\n");
		return folder;
	}

	static List<SourceArticle> read(String paths) throws IOException {
		List<SourceArticle> articles = new ArrayList<>();
		for (String path : paths.split(",")) {
			try (Stream<Path> files = Files.walk(Path.of(path.strip()))) {
				for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
					String name = file.getFileName().toString();
					if (name.endsWith(".json")) {
						articles.add(fromJson(file));
					}
					else if (name.endsWith(".txt") && !name.equalsIgnoreCase("README.TXT")) {
						articles.add(new SourceArticle(file.getParent().getFileName().toString(),
								file.getParent().getFileName() + "-" + name.replace(".txt", ""),
								new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)));
					}
				}
			}
		}
		return articles;
	}

	@SuppressWarnings("unchecked")
	private static SourceArticle fromJson(Path file) throws IOException {
		Map<String, Object> json = JsonParserFactory.getJsonParser().parseMap(Files.readString(file));
		StringBuilder text = new StringBuilder().append(json.get("title")).append("\n\n");
		if (json.get("date") != null) {
			text.append("Published ").append(json.get("date")).append("\n\n");
		}
		for (Object paragraph : (List<Object>) json.get("body-paragraphs")) {
			text.append(((List<Object>) paragraph).stream().map(String::valueOf).collect(Collectors.joining(" ")))
				.append("\n\n");
		}
		String source = String.valueOf(json.get("source")).toLowerCase();
		text.append("© ").append(OUTLETS.getOrDefault(source, source)).append('\n');
		String name = file.getFileName().toString().replace(".json", "");
		Object group = json.getOrDefault("triplet-uuid", name.replaceAll("_\\d+$", ""));
		return new SourceArticle(String.valueOf(group), name, text.toString());
	}

	private static final Map<String, String> OUTLETS = Map.of("nyt", "The New York Times", "fox", "Fox News", "hpo",
			"HuffPost");

	private static List<SourceArticle> replicated(int count) throws IOException {
		List<String> texts = StoryFolderFixture.baseTexts();
		List<SourceArticle> articles = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			articles.add(new SourceArticle("replicated-" + (i / 5), "copy-" + i,
					StoryFolderFixture.vary(texts.get(i % texts.size()), i)));
		}
		return articles;
	}

	private static String slug(String text) {
		String slug = text.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.length() > 40 ? slug.substring(0, 40) : slug;
	}

}
