package io.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.springframework.stereotype.Component;

/**
 * Tokenises a sentence and tags each token's part of speech, with OpenNLP's English Universal Dependencies models
 * loaded from the classpath.
 */
@Component
public class TokenTagger {

	static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

	static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	private static final int MAX_MODEL_CHUNK = 64;

	private static final Pattern CHUNK = Pattern.compile("\\S+");

	private final TokenizerModel tokenizerModel;

	private final POSModel posModel;

	// The ME classes keep per-call state and are not thread-safe; the models are.
	private final ThreadLocal<TokenizerME> tokenizers;

	private final ThreadLocal<POSTaggerME> taggers;

	public TokenTagger() {
		this.tokenizerModel = load(TOKENIZER_MODEL, TokenizerModel::new);
		this.posModel = load(POS_MODEL, POSModel::new);
		this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
		this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
	}

	public List<TaggedToken> tag(String sentence) {
		Span[] spans = tokenize(sentence);
		String[] tokens = Span.spansToStrings(spans, sentence);
		String[] tags = taggers.get().tag(tokens);
		List<TaggedToken> tagged = new ArrayList<>(tokens.length);
		for (int i = 0; i < tokens.length; i++) {
			tagged.add(new TaggedToken(tokens[i], tags[i], spans[i].getStart(), spans[i].getEnd()));
		}
		return tagged;
	}

	/**
	 * OpenNLP's tokenizer works on each whitespace-separated chunk, at a cost that grows much faster than the
	 * chunk's length (seconds for one of 16,000 characters). A chunk longer than any word (a long URL, a run of
	 * symbols) is therefore kept whole as one token, and only the others go to the model.
	 */
	private Span[] tokenize(String sentence) {
		Matcher chunks = CHUNK.matcher(sentence);
		List<Span> spans = new ArrayList<>();
		boolean anyLong = false;
		while (chunks.find()) {
			anyLong |= chunks.end() - chunks.start() > MAX_MODEL_CHUNK;
		}
		if (!anyLong) {
			return tokenizers.get().tokenizePos(sentence);
		}
		chunks.reset();
		while (chunks.find()) {
			if (chunks.end() - chunks.start() > MAX_MODEL_CHUNK) {
				spans.add(new Span(chunks.start(), chunks.end()));
				continue;
			}
			for (Span span : tokenizers.get().tokenizePos(chunks.group())) {
				spans.add(new Span(span.getStart() + chunks.start(), span.getEnd() + chunks.start()));
			}
		}
		return spans.toArray(Span[]::new);
	}

	private interface ModelReader<T> {

		T read(InputStream in) throws IOException;

	}

	private static <T> T load(String resource, ModelReader<T> reader) {
		try (InputStream in = TokenTagger.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
			}
			return reader.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read OpenNLP model " + resource, ex);
		}
	}

}
