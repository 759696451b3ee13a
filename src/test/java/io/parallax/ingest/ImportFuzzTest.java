package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fuzzes whole imports: folders of a few files, each a seed article with random pieces of trouble spliced in, or
 * text from {@link ArticleFuzzTest}'s generator, under names of any shape. Every import must succeed as a whole,
 * report every file, and store exactly the files it reports as added: what the parser accepts, the analysis,
 * comparison and summaries must take too. A few folders in the suite; {@code -Dfuzz.imports=200} runs more.
 */
@IntegrationTest
class ImportFuzzTest {

	private static final int IMPORTS = Integer.getInteger("fuzz.imports", 4);

	@Autowired
	private ImportService imports;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyFuzzedFolderImportsWithAnOutcomeForEachFile(@TempDir Path temp) throws IOException {
		List<String> seeds = seedTexts();
		List<List<FuzzedFile>> folders = folder(seeds).sampleStream().limit(IMPORTS).toList();
		int files = 0;
		for (int i = 0; i < folders.size(); i++) {
			Path root = Files.createDirectories(temp.resolve("import-" + i));
			StoryFolderFixture story = StoryFolderFixture.empty(root);
			for (FuzzedFile file : folders.get(i)) {
				story.write(file.name(), file.bytes());
			}
			ImportOutcome outcome = imports.importFolder(root, "fuzz");
			assertThat(outcome.succeeded()).as("import of %s: %s", folders.get(i), outcome.message()).isTrue();
			Map<String, Object> run = jdbc.sql("select files_seen, added from import_run where id = ?")
				.param(outcome.runId()).query().singleRow();
			long stored = jdbc.sql("""
					select count(*) from article a join story s on s.id = a.story_id where s.folder_key = ?""")
				.param(story.slug()).query(Long.class).single();
			assertThat(run.get("files_seen")).isEqualTo(distinctNames(folders.get(i)));
			assertThat(stored).isEqualTo(((Number) run.get("added")).longValue());
			files += folders.get(i).size();
		}
		System.out.printf("import fuzz: %d folders, %d files, 0 whole-import failures%n", folders.size(), files);
	}

	record FuzzedFile(String name, byte[] bytes) {

		@Override
		public String toString() {
			return name + " (" + bytes.length + " bytes)";
		}

	}

	private static Arbitrary<List<FuzzedFile>> folder(List<String> seeds) {
		Arbitrary<byte[]> content = Arbitraries.oneOf(
				spliced(seeds).map(t -> t.getBytes(StandardCharsets.UTF_8)),
				ArticleFuzzTest.files());
		Arbitrary<String> name = Arbitraries.oneOf(
				Arbitraries.strings().alpha().numeric().withChars(' ', '-', '_', 'é', '名').ofMinLength(1).ofMaxLength(40),
				Arbitraries.of("a.txt", "A.TXT", "-x.txt", "spaces in name.txt", "ünï.txt"));
		Arbitrary<FuzzedFile> file = Combinators.combine(name, content)
			.as((n, c) -> new FuzzedFile(n.strip().isEmpty() ? "blank.txt" : n.strip() + ".txt", c));
		return file.list().ofMinSize(1).ofMaxSize(4).uniqueElements(FuzzedFile::name);
	}

	/** A real article with trouble spliced in at random places. */
	private static Arbitrary<String> spliced(List<String> seeds) {
		Arbitrary<String> trouble = ArticleFuzzTest.textLike().map(t -> t.length() > 400 ? t.substring(0, 400) : t);
		return Combinators.combine(Arbitraries.of(seeds), trouble.list().ofMaxSize(6),
				Arbitraries.integers().between(0, 1_000_000).list().ofSize(6))
			.as((seed, pieces, places) -> {
				StringBuilder text = new StringBuilder(seed);
				for (int i = 0; i < pieces.size(); i++) {
					text.insert(places.get(i) % (text.length() + 1), pieces.get(i));
				}
				return text.toString();
			});
	}

	private static List<String> seedTexts() throws IOException {
		try (Stream<Path> files = Files.list(StoryFolderFixture.SEEDS)) {
			return files.map(file -> {
				try {
					return Files.readString(file);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
	}

	private static int distinctNames(List<FuzzedFile> files) {
		return (int) files.stream().map(FuzzedFile::name).distinct().count();
	}

}
