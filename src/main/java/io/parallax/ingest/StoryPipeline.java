package io.parallax.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.parallax.analysis.AnalysisService;
import io.parallax.analysis.AnalysisTimings;
import io.parallax.claims.ClaimService;
import io.parallax.stories.FileOutcome;
import io.parallax.stories.StoredStory;
import io.parallax.stories.StoryStore;
import io.parallax.summary.SummaryService;

import org.springframework.stereotype.Component;

/**
 * The stages after reading, in one transaction: store, analyse, compare, summarise. Shared by folder imports and
 * uploads, so that an uploaded article goes through exactly what a folder's does.
 */
@Component
class StoryPipeline {

	private final StoryStore store;

	private final ImportRunRecorder recorder;

	private final AnalysisService analysis;

	private final ClaimService claims;

	private final SummaryService summaries;

	private final Clock clock;

	StoryPipeline(StoryStore store, ImportRunRecorder recorder, AnalysisService analysis, ClaimService claims,
			SummaryService summaries, Clock clock) {
		this.store = store;
		this.recorder = recorder;
		this.analysis = analysis;
		this.claims = claims;
		this.summaries = summaries;
		this.clock = clock;
	}

	/** Analyses, compares and summarises a story again, as after an upgrade that added a stage. */
	void refresh(Long storyId) {
		analysis.analyseStory(storyId);
		claims.compareStory(storyId);
		summaries.summariseStory(storyId);
		store.markChanged(storyId);
	}

	/** Summarises a story again from what is stored, as after an upgrade that added what the pages read. */
	void resummarise(Long storyId) {
		summaries.summariseStory(storyId);
		store.markChanged(storyId);
	}

	/**
	 * Stores prepared stories, then analyses, compares and summarises those that changed; completes the run with
	 * every file's outcome and each stage's time. Runs inside the caller's transaction.
	 */
	ImportRun store(Long runId, List<PreparedStory> prepared, List<StageTiming> stages) {
		// Keyed by story and file: what storing did to a file replaces what reading it found ("unchanged" files
		// can come back into a story or be renamed).
		Map<List<String>, FileResult> results = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
			.thenComparing(k -> k.get(1)));
		long storing = 0;
		long analysingArticles = 0;
		long analysingStories = 0;
		int sentences = 0;
		long comparing = 0;
		long summarising = 0;
		int files = prepared.stream().mapToInt(p -> p.storyImport().presentFiles().size()).sum();
		for (PreparedStory story : prepared) {
			String key = story.storyImport().folderKey();
			story.unstoredResults().forEach(r -> results.put(List.of(key, r.getSourceFile()), r));
			long start = System.nanoTime();
			recorder.progress(runId, files, files, null,
					"storing, analysing and comparing " + (key.isEmpty() ? "the story" : key));
			StoredStory stored = store.save(story.storyImport());
			storing += System.nanoTime() - start;
			for (FileOutcome outcome : stored.outcomes()) {
				results.put(List.of(key, outcome.sourceFile()), new FileResult(key, outcome.sourceFile(),
						ImportRun.outcomeOf(outcome.kind()), outcome.note()));
			}
			boolean changed = !stored.outcomes().isEmpty();
			AnalysisTimings analysed = analysis.analyseStory(stored.storyId(), changed);
			analysingArticles += analysed.articleMillis();
			analysingStories += analysed.storyMillis();
			sentences += analysed.sentences();
			if (changed || analysed.sentences() > 0) {
				long compareStart = System.nanoTime();
				claims.compareStory(stored.storyId());
				comparing += System.nanoTime() - compareStart;
				long summaryStart = System.nanoTime();
				summaries.summariseStory(stored.storyId());
				store.markChanged(stored.storyId());
				summarising += System.nanoTime() - summaryStart;
			}
		}
		stages.add(new StageTiming("store", storing / 1_000_000));
		stages.add(new StageTiming("analyse articles (%d sentences)".formatted(sentences), analysingArticles));
		stages.add(new StageTiming("analyse stories", analysingStories));
		stages.add(new StageTiming("compare articles", comparing / 1_000_000));
		stages.add(new StageTiming("summarise", summarising / 1_000_000));
		return recorder.succeed(runId, new ArrayList<>(results.values()), stages, clock.instant());
	}


}
