package io.parallax.ingest;

import java.util.List;
import java.util.function.Supplier;

import io.parallax.analysis.AnalysisTimings;

/**
 * Adds up the time an import spends in each stage after reading, over all its stories.
 */
final class StageClock {

	private long storing;

	private long analysingArticles;

	private long analysingStories;

	private int sentences;

	private long comparing;

	private long summarising;

	<T> T store(Supplier<T> work) {
		long start = System.nanoTime();
		T result = work.get();
		storing += System.nanoTime() - start;
		return result;
	}

	void analysed(AnalysisTimings timings) {
		analysingArticles += timings.articleMillis();
		analysingStories += timings.storyMillis();
		sentences += timings.sentences();
	}

	void compare(Runnable work) {
		long start = System.nanoTime();
		work.run();
		comparing += System.nanoTime() - start;
	}

	void summarise(Runnable work) {
		long start = System.nanoTime();
		work.run();
		summarising += System.nanoTime() - start;
	}

	List<StageTiming> stages() {
		return List.of(new StageTiming("store", storing / 1_000_000),
				new StageTiming("analyse articles (%d sentences)".formatted(sentences), analysingArticles),
				new StageTiming("analyse stories", analysingStories),
				new StageTiming("compare articles", comparing / 1_000_000),
				new StageTiming("summarise", summarising / 1_000_000));
	}

}
