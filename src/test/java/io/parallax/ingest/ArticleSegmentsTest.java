package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.parallax.ingest.PageBlocks.Block;
import org.junit.jupiter.api.Test;

/** Where the parts of a split story the extraction left out go, and which parts it counts as given. */
class ArticleSegmentsTest {

	@Test
	void aMissingPartGoesWhereItStandsInThePage() {
		List<List<Block>> parts = List.of(blocks("lead"), blocks("a1", "a2"), blocks("middle"), blocks("b1", "b2"),
				blocks("end"));
		assertThat(texts(ArticleSegments.merged(blocks("a1", "a2", "b1", "b2"), parts,
				List.of(false, true, false, true, false))))
			.containsExactly("lead", "a1", "a2", "middle", "b1", "b2", "end");
	}

	@Test
	void aParagraphTwoPartsShareNeitherMakesAPartGivenNorMovesTheOthers() {
		// the body is the last part, which ends with a sentence the first part also has
		List<Block> last = blocks("c1", "c2", "c3", "shared", "c4");
		List<List<Block>> parts = List.of(blocks("lead", "shared"), blocks("middle"), last);
		Set<String> body = Set.of("c1", "c2", "c3", "shared", "c4");
		List<Boolean> given = parts.stream().map(part -> ArticleSegments.mostlyIn(part, body)).toList();
		assertThat(given).containsExactly(false, false, true);
		assertThat(texts(ArticleSegments.merged(last, parts, given)))
			.containsExactly("lead", "middle", "c1", "c2", "c3", "shared", "c4");
	}

	private static List<Block> blocks(String... texts) {
		return Arrays.stream(texts).map(text -> new Block("p", text, 0, false, false)).toList();
	}

	private static List<String> texts(List<Block> blocks) {
		return blocks.stream().map(Block::text).toList();
	}

}
