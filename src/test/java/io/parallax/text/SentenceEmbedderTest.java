package io.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

	@Test
	void aStoredVectorIsReadFromPostgresqlsBinaryFormOfARealArray() {
		// select array_send(array[1.5, -2.25]::real[]) on PostgreSQL 15
		byte[] sent = java.util.HexFormat.of().parseHex("0000000100000000000002bc0000000200000001000000043fc0000000000004c0100000");
		assertThat(SentenceEmbedder.vector(sent)).containsExactly(1.5f, -2.25f);
	}

	@Test
	void aSentenceWithNothingToReadGetsTheZeroVectorAndTheOthersTheirOwn() {
		List<float[]> vectors = new SentenceEmbedder()
			.embed(List.of("Putin met Witkoff in Moscow.", "\u0001\u0002 \u0003", "   ", "Trump spoke to reporters.",
					"\u00a0\u200b\ufeff\u2028\u3000", "\ufffd\u00ad"));
		assertThat(vectors).hasSize(6);
		assertThat(vectors.get(4)).as("no-break, zero-width and ideographic spaces").containsOnly(0f);
		assertThat(vectors.get(5)).containsOnly(0f);
		assertThat(vectors.get(1)).containsOnly(0f).hasSize(SentenceEmbedder.DIMENSIONS);
		assertThat(vectors.get(2)).containsOnly(0f);
		assertThat(SentenceEmbedder.cosine(vectors.get(0), vectors.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
		assertThat(SentenceEmbedder.cosine(vectors.get(0), vectors.get(1))).isZero();
		assertThat(SentenceEmbedder.cosine(vectors.get(0), vectors.get(3))).isBetween(0.0, 0.99);
	}

	@Test
	void theVectorsAreThoseOfLangChain4jsOwnMiniLmClass() {
		List<String> sentences = List.of("The council voted 7-2 on Tuesday to close the Brennock Road depot.",
				"“We will appeal,” said Dana Whitfield, the union’s regional secretary.",
				"Shares in Harlow Mining fell 12 percent after the company cut its forecast.");
		var reference = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel()
			.embedAll(sentences.stream().map(dev.langchain4j.data.segment.TextSegment::from).toList())
			.content();
		List<float[]> vectors = new SentenceEmbedder().embed(sentences);
		for (int i = 0; i < sentences.size(); i++) {
			assertThat(vectors.get(i)).containsExactly(reference.get(i).vector(), org.assertj.core.data.Offset.offset(1e-5f));
		}
	}

}
