package io.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import org.springframework.stereotype.Component;

/**
 * Tokenises a sentence and tags each token's part of speech, with OpenNLP's English Universal Dependencies models
 * loaded from the classpath. Several finders read the tags of the same sentences (names, then numbers and dates),
 * one article at a time in one thread: each thread keeps the tags of its last sentences, so that a sentence is
 * tagged once.
 */
@Component
public class TokenTagger {

	static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

	static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

	private final TokenizerModel tokenizerModel;

	private final POSModel posModel;

	// The ME classes keep per-call state and are not thread-safe; the models are.
	private final ThreadLocal<TokenizerME> tokenizers;

	private final ThreadLocal<POSTaggerME> taggers;

	/** About ten articles' sentences: enough for every finder of an article to find its tags. */
	private static final int RECENT_SENTENCES = 1024;

	private final ThreadLocal<Map<String, List<TaggedToken>>> recent = ThreadLocal
		.withInitial(() -> new LinkedHashMap<>(RECENT_SENTENCES, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, List<TaggedToken>> eldest) {
				return size() > RECENT_SENTENCES;
			}

		});

	public TokenTagger() {
		this.tokenizerModel = load(TOKENIZER_MODEL, TokenizerModel::new);
		this.posModel = load(POS_MODEL, POSModel::new);
		this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
		this.taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
	}

	public List<TaggedToken> tag(String sentence) {
		return recent.get().computeIfAbsent(sentence, this::tagNow);
	}

	private List<TaggedToken> tagNow(String sentence) {
		Span[] spans = tokenizers.get().tokenizePos(sentence);
		String[] tokens = Span.spansToStrings(spans, sentence);
		String[] tags = taggers.get().tag(tokens);
		List<TaggedToken> tagged = new ArrayList<>(tokens.length);
		for (int i = 0; i < tokens.length; i++) {
			tagged.add(new TaggedToken(tokens[i], tags[i], spans[i].getStart(), spans[i].getEnd()));
		}
		return List.copyOf(tagged);
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
