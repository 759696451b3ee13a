package io.parallax.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.SentenceEmbedder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives every new sentence its vector for the claim comparison, embedding each distinct text once: vectors are
 * stored by the SHA-256 of the sentence's text, so identical sentences across articles, stories and re-imports
 * reuse what was computed before. Embedding is the costliest part of an import, so it starts as soon as the texts
 * are parsed ({@link #prefetch}) and runs in the background, in batches, while the articles are stored and
 * analysed; the vectors are written, in the import's transaction, when they are needed.
 */
@Component
class EmbeddingWriter {

	private static final int BATCH = 256;

	private final SentenceEmbedder embedder;

	private final JdbcTemplate jdbc;

	/** One batch at a time: the model spreads each batch over every core itself. */
	private final ExecutorService embedding = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "sentence-embedding");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, CompletableFuture<float[]>> inFlight = new ConcurrentHashMap<>();

	EmbeddingWriter(SentenceEmbedder embedder, JdbcTemplate jdbc) {
		this.embedder = embedder;
		this.jdbc = jdbc;
	}

	/**
	 * Embeddings under way for the sentences of some articles.
	 *
	 * @param hashBySentence each sentence's text hash (hexadecimal SHA-256)
	 * @param newHashes the hashes of the texts that have no stored vector yet
	 */
	record Pending(Map<Long, String> hashBySentence, List<String> newHashes) {
	}

	/** Starts embedding texts that have no stored vector, ahead of the stage that needs them. */
	void prefetch(Collection<String> texts) {
		Map<String, String> textByHash = new LinkedHashMap<>();
		texts.forEach(text -> textByHash.putIfAbsent(sha256(text), text));
		textByHash.keySet().removeAll(inFlight.keySet());
		textByHash.keySet().removeAll(known(textByHash.keySet()));
		submit(textByHash);
	}

	/** Forgets prefetched vectors nobody collected (an import that failed). */
	void discardPrefetched() {
		inFlight.clear();
	}

	/** Looks up the texts embedded before and makes sure the others are being embedded. */
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
		List<String> newHashes = List.copyOf(textByHash.keySet());
		textByHash.keySet().removeAll(inFlight.keySet());
		submit(textByHash);
		return new Pending(hashBySentence, newHashes);
	}

	/** Waits for the embeddings and stores every sentence's vector. */
	void finish(Pending pending) {
		if (pending.hashBySentence().isEmpty()) {
			return;
		}
		List<String> hashes = pending.newHashes();
		List<float[]> vectors = new ArrayList<>();
		for (String hash : hashes) {
			vectors.add(inFlight.get(hash).join());
		}
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
		hashes.forEach(inFlight::remove);
	}

	private void submit(Map<String, String> textByHash) {
		List<String> hashes = new ArrayList<>(textByHash.keySet());
		for (int from = 0; from < hashes.size(); from += BATCH) {
			List<String> batch = hashes.subList(from, Math.min(hashes.size(), from + BATCH));
			List<CompletableFuture<float[]>> futures = batch.stream()
				.map(hash -> inFlight.computeIfAbsent(hash, h -> new CompletableFuture<>()))
				.toList();
			List<String> texts = batch.stream().map(textByHash::get).toList();
			embedding.execute(() -> {
				try {
					List<float[]> vectors = embedder.embed(texts);
					for (int i = 0; i < futures.size(); i++) {
						futures.get(i).complete(vectors.get(i));
					}
				}
				catch (RuntimeException ex) {
					futures.forEach(future -> future.completeExceptionally(ex));
				}
			});
		}
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
