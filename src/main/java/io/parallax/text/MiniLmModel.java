package io.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * LangChain4j's quantised all-MiniLM-L6-v2, the same model files, run with one ONNX thread per sentence and one
 * sentence per core. LangChain4j's own class embeds the sentences of a batch on a thread per core and leaves ONNX
 * Runtime its default of a spinning thread pool of its own (one per session, used by every run) as well, so that
 * each core ran several threads, waiting on each other. On the development corpus's first 1,200 sentences, alone
 * on this project's 2-core machine, it took 8.8–9.2 s (17.4–17.7 s of CPU); this one took 5.5–6.1 s (11.0–12.0 s
 * of CPU), with the same vectors.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {

	private static final String MODEL = "/all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private final OnnxBertBiEncoder encoder;

	private MiniLmModel(OnnxBertBiEncoder encoder) {
		super(sentencePerCore());
		this.encoder = encoder;
	}

	static MiniLmModel load() {
		try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
				OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			options.setIntraOpNumThreads(1);
			OrtSession session = environment.createSession(model.readAllBytes(), options);
			try {
				return new MiniLmModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
			}
			catch (RuntimeException ex) {
				session.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the MiniLM model", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime cannot load the MiniLM model", ex);
		}
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return encoder;
	}

	@Override
	protected Integer knownDimension() {
		return SentenceEmbedder.DIMENSIONS;
	}

	private static InputStream resource(String name) {
		InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("MiniLM's " + name + " is not on the classpath");
		}
		return in;
	}

	/** A thread per core, let go after a minute idle: imports come now and then. */
	private static ExecutorService sentencePerCore() {
		AtomicInteger count = new AtomicInteger();
		int cores = Runtime.getRuntime().availableProcessors();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
				task -> {
					Thread thread = new Thread(task, "minilm-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

}
