package io.parallax.text;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import org.springframework.stereotype.Component;

/**
 * Sentence embeddings from the all-MiniLM-L6-v2 model (quantised), run in process with ONNX: 384 dimensions,
 * normalised, so that a dot product is a cosine. The model loads on first use (about 200 MB of native memory), and
 * runs one sentence per core ({@link MiniLmModel}).
 */
@Component
public class SentenceEmbedder {

	public static final int DIMENSIONS = 384;

	private volatile EmbeddingModel model;

	/**
	 * One vector per sentence, in order. A sentence with nothing to read (only spaces, of any kind, or control and
	 * formatting characters, which the model's tokenizer drops and the model then refuses) gets the zero vector: it
	 * means nothing, and is like no other sentence. Should the model still refuse a text of a batch, each text of it
	 * is embedded on its own, so that one odd sentence never fails an import.
	 */
	public List<float[]> embed(List<String> sentences) {
		List<String> readable = sentences.stream().filter(SentenceEmbedder::readable).toList();
		List<float[]> vectors = embedReadable(readable);
		if (readable.size() == sentences.size()) {
			return vectors;
		}
		List<float[]> all = new ArrayList<>(sentences.size());
		Iterator<float[]> next = vectors.iterator();
		for (String sentence : sentences) {
			all.add(readable(sentence) ? next.next() : new float[DIMENSIONS]);
		}
		return all;
	}

	private List<float[]> embedReadable(List<String> texts) {
		if (texts.isEmpty()) {
			return List.of();
		}
		try {
			return model().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
				.map(Embedding::vector)
				.toList();
		}
		catch (RuntimeException refused) {
			if (texts.size() == 1) {
				return List.of(new float[DIMENSIONS]);
			}
			return texts.stream().flatMap(text -> embedReadable(List.of(text)).stream()).toList();
		}
	}

	/** Whether the text has a character the model reads: anything but spaces, control and formatting characters. */
	static boolean readable(String text) {
		return text != null && text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
				&& !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT && c != '\uFFFD');
	}

	/**
	 * A stored vector back as floats, from PostgreSQL's binary form of a {@code real[]} ({@code array_send}): the
	 * same bits, read as bytes. Read as text, every number was parsed, and that took half of a story's comparison.
	 */
	public static float[] vector(byte[] arraySend) {
		ByteBuffer in = ByteBuffer.wrap(arraySend);
		int dimensions = in.getInt();
		in.getInt(); // whether it holds nulls
		in.getInt(); // the element type
		if (dimensions == 0) {
			return new float[0];
		}
		float[] vector = new float[in.getInt()];
		in.getInt(); // the lower bound
		for (int i = 0; i < vector.length; i++) {
			if (in.getInt() != Float.BYTES) {
				throw new IllegalArgumentException("a stored vector holds a null at " + i);
			}
			vector[i] = in.getFloat();
		}
		return vector;
	}

	public static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
	}

	private EmbeddingModel model() {
		EmbeddingModel loaded = model;
		if (loaded == null) {
			synchronized (this) {
				if (model == null) {
					model = MiniLmModel.load();
				}
				loaded = model;
			}
		}
		return loaded;
	}

}
