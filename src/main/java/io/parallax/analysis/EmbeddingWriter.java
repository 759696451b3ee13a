package io.parallax.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.SentenceEmbedder;

import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives every new sentence its vector for the claim comparison, embedding each distinct text once: vectors are
 * stored by the SHA-256 of the sentence's text, so identical sentences across articles, stories and re-imports
 * reuse what was computed before. The embedding runs in the background while the rest of the analysis goes on;
 * the vectors are written, in the import's transaction, when it is done.
 */
@Component
class EmbeddingWriter {

	private final SentenceEmbedder embedder;

	private final JdbcTemplate jdbc;

	private final Executor background;

	EmbeddingWriter(SentenceEmbedder embedder, JdbcTemplate jdbc, TaskExecutor background) {
		this.embedder = embedder;
		this.jdbc = jdbc;
		this.background = background;
	}

	/**
	 * Embeddings under way for the sentences of some articles.
	 *
	 * @param hashBySentence each sentence's text hash (hexadecimal SHA-256)
	 * @param newHashes the hashes of the texts being embedded, in the order of their vectors
	 */
	record Pending(Map<Long, String> hashBySentence, List<String> newHashes,
			CompletableFuture<List<float[]>> vectors) {
	}

	/** Looks up the texts embedded before and starts embedding the others, in the background. */
	Pending start(List<ArticleText> articles) {
		Map<Long, String> hashBySentence = new LinkedHashMap<>();
		Map<String, String> textByHash = new LinkedHashMap<>();
		for (ArticleText article : articles) {
			for (SentenceText sentence : article.sentences()) {
				String hash = sha256(sentence.text());
				hashBySentence.put(sentence.id(), hash);
				textByHash.putIfAbsent(hash, sentence.text());
			}
		}
		textByHash.keySet().removeAll(known(textByHash.keySet()));
		List<String> texts = List.copyOf(textByHash.values());
		CompletableFuture<List<float[]>> vectors = texts.isEmpty() ? CompletableFuture.completedFuture(List.of())
				: CompletableFuture.supplyAsync(() -> embedder.embed(texts), background);
		return new Pending(hashBySentence, List.copyOf(textByHash.keySet()), vectors);
	}

	/** Waits for the embeddings and stores every sentence's vector. */
	void finish(Pending pending) {
		if (pending.hashBySentence().isEmpty()) {
			return;
		}
		List<float[]> vectors = pending.vectors().join();
		List<String> hashes = pending.newHashes();
		jdbc.batchUpdate("insert into text_embedding (sha256, vector) values (decode(?, 'hex'), ?) on conflict do nothing",
				IntStream.range(0, hashes.size()).boxed().toList(), 500, (ps, row) -> {
					ps.setString(1, hashes.get(row));
					ps.setArray(2, ps.getConnection().createArrayOf("real", boxed(vectors.get(row))));
				});
		jdbc.update(con -> {
			var ps = con.prepareStatement("""
					insert into sentence_embedding (sentence_id, vector)
					select u.id, t.vector from unnest(?::bigint[], ?::text[]) u(id, sha256)
					join text_embedding t on t.sha256 = decode(u.sha256, 'hex')
					on conflict (sentence_id) do update set vector = excluded.vector""");
			ps.setArray(1, con.createArrayOf("bigint", pending.hashBySentence().keySet().toArray()));
			ps.setArray(2, con.createArrayOf("text", pending.hashBySentence().values().toArray()));
			return ps;
		});
	}

	private Set<String> known(Set<String> hashes) {
		Set<String> known = new HashSet<>();
		if (!hashes.isEmpty()) {
			jdbc.query(con -> {
				var ps = con.prepareStatement("""
						select encode(t.sha256, 'hex') from text_embedding t
						where t.sha256 in (select decode(h, 'hex') from unnest(?::text[]) h)""");
				ps.setArray(1, con.createArrayOf("text", hashes.toArray()));
				return ps;
			}, rs -> {
				known.add(rs.getString(1));
			});
		}
		return known;
	}

	private static Float[] boxed(float[] vector) {
		Float[] boxed = new Float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			boxed[i] = vector[i];
		}
		return boxed;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
