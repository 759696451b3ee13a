package io.parallax.analysis;

import java.util.List;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.SentenceEmbedder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Embeds the sentences of new and changed articles, once, and stores the vectors for the claim comparison.
 */
@Component
class EmbeddingWriter {

	private final SentenceEmbedder embedder;

	private final JdbcTemplate jdbc;

	EmbeddingWriter(SentenceEmbedder embedder, JdbcTemplate jdbc) {
		this.embedder = embedder;
		this.jdbc = jdbc;
	}

	void embed(List<ArticleText> articles) {
		List<SentenceText> sentences = articles.stream().flatMap(a -> a.sentences().stream()).toList();
		if (sentences.isEmpty()) {
			return;
		}
		List<float[]> vectors = embedder.embed(sentences.stream().map(SentenceText::text).toList());
		List<Integer> indexes = java.util.stream.IntStream.range(0, sentences.size()).boxed().toList();
		jdbc.batchUpdate("""
				insert into sentence_embedding (sentence_id, vector) values (?, ?)
				on conflict (sentence_id) do update set vector = excluded.vector""", indexes, indexes.size(),
				(ps, index) -> {
					SentenceText sentence = sentences.get(index);
					float[] vector = vectors.get(index);
					Float[] boxed = new Float[vector.length];
					for (int i = 0; i < vector.length; i++) {
						boxed[i] = vector[i];
					}
					ps.setLong(1, sentence.id());
					ps.setArray(2, ps.getConnection().createArrayOf("real", boxed));
				});
	}

}
