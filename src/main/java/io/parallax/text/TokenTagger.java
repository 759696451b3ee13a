package io.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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

	private record Models(TokenizerModel tokenizer, POSModel pos) {
	}

	// Read in the background from construction on, so that start-up does not wait for them; the first use does.
	private final CompletableFuture<Models> models = ModelLoading.inBackground(
			() -> new Models(load(TOKENIZER_MODEL, TokenizerModel::new), load(POS_MODEL, POSModel::new)));

	// The ME classes keep per-call state and are not thread-safe; the models are.
	private final ThreadLocal<TokenizerME> tokenizers = ThreadLocal
		.withInitial(() -> new TokenizerME(models.join().tokenizer()));

	private final ThreadLocal<POSTaggerME> taggers = ThreadLocal.withInitial(() -> new POSTaggerME(models.join().pos()));

	public List<TaggedToken> tag(String sentence) {
		Span[] spans = tokenizers.get().tokenizePos(sentence);
		String[] tokens = Span.spansToStrings(spans, sentence);
		String[] tags = taggers.get().tag(tokens);
		List<TaggedToken> tagged = new ArrayList<>(tokens.length);
		for (int i = 0; i < tokens.length; i++) {
			tagged.add(new TaggedToken(tokens[i], tags[i], spans[i].getStart(), spans[i].getEnd()));
		}
		return tagged;
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
