package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.parallax.StoryFolderFixture;
import org.junit.jupiter.api.Test;

/**
 * The seeds packed into the application are the seed files, byte for byte, for a deployment without the folder.
 */
class PackedSeedsTest {

	@Test
	void unpacksTheSeedFilesUnchanged() throws Exception {
		Path unpacked = SeedImportAtStartup.unpackSeeds();
		try (Stream<Path> seeds = Files.list(StoryFolderFixture.SEEDS)) {
			for (Path seed : seeds.toList()) {
				assertThat(unpacked.resolve(seed.getFileName())).hasSameBinaryContentAs(seed);
			}
		}
		try (Stream<Path> files = Files.list(unpacked)) {
			assertThat(files).hasSize(5);
		}
	}

}
