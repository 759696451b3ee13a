package io.parallax.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.parallax.analysis.AnalysisService;
import io.parallax.analysis.AnalysisTimings;
import io.parallax.claims.ClaimService;
import io.parallax.stories.FileOutcome;
import io.parallax.stories.StoredStory;
import io.parallax.stories.StoryStore;
import io.parallax.summary.SummaryService;
import io.parallax.system.ConnectionLoss;
import io.parallax.system.TimeBudget.OverBudgetException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stages after reading, in one transaction: store, analyse, compare, summarise. Shared by folder imports and
 * uploads, so that an uploaded article goes through exactly what a folder's does.
 *
 * <p>Nothing one file holds can fail the whole: a file whose analysis runs over its time limit is refused (its
 * earlier version stays) and the transaction is done again without it; a lost database connection is ridden out
 * by doing the transaction again on a new one. Either way readers only ever see a committed whole.
 */
@Component
class StoryPipeline {

	private static final Logger log = LoggerFactory.getLogger(StoryPipeline.class);

	/** An import's database work is done again on a new connection when its connection is lost (31 s at most). */
	static final RetryTemplate RETRY = ConnectionLoss.retryingImports(5, Duration.ofSeconds(1));

	private final StoryStore store;

	private final ImportRunRecorder recorder;

	private final AnalysisService analysis;

	private final ClaimService claims;

	private final SummaryService summaries;

	private final TransactionTemplate transactions;

	private final Duration analysisTimeLimit;

	private final Clock clock;

	private final TableStatistics statistics;

	private final TaskExecutor executor;

	StoryPipeline(StoryStore store, ImportRunRecorder recorder, AnalysisService analysis, ClaimService claims,
			SummaryService summaries, TransactionTemplate transactions, IngestProperties properties, Clock clock,
			TableStatistics statistics, TaskExecutor executor) {
		this.statistics = statistics;
		this.executor = executor;
		this.store = store;
		this.recorder = recorder;
		this.analysis = analysis;
		this.claims = claims;
		this.summaries = summaries;
		this.transactions = transactions;
		this.analysisTimeLimit = properties.importing().analysisTimeLimit();
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
	 * Stores prepared stories in one transaction, then analyses, compares and summarises those that changed;
	 * completes the run with every file's outcome and each stage's time.
	 *
	 * @param readStages the times of the stages before storing
	 */
	ImportRun storeAll(ImportLock.Hold hold, Long runId, List<PreparedStory> prepared, List<StageTiming> readStages) {
		List<PreparedStory> current = prepared;
		while (true) {
			List<PreparedStory> attempt = current;
			try {
				ImportRun done = RETRY.invoke(() -> {
					hold.renew();
					return transactions.execute(status -> store(hold, runId, attempt, new ArrayList<>(readStages)));
				});
				// Fresh planner statistics for the tables just written, gathered after the lock is let go: a reader's
				// query plans then suit the new data, and the next import need not wait for them.
				executor.execute(statistics::refresh);
				return done;
			}
			catch (FileOverBudgetException ex) {
				log.warn("import {}: {} in {} took longer than {} to analyse; refused, and the rest stored again",
						runId, ex.sourceFile, ex.storyKey, ex.limit);
				current = without(current, ex);
			}
		}
	}

	private ImportRun store(ImportLock.Hold hold, Long runId, List<PreparedStory> prepared, List<StageTiming> stages) {
		// Keyed by story and file: what storing did to a file replaces what reading it found ("unchanged" files
		// can come back into a story or be renamed).
		Map<List<String>, FileResult> results = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
			.thenComparing(k -> k.get(1)));
		StageClock time = new StageClock();
		int files = prepared.stream()
			.filter(p -> p.storyImport() != null)
			.mapToInt(p -> p.storyImport().presentFiles().size())
			.sum();
		for (PreparedStory story : prepared) {
			story.unstoredResults().forEach(r -> results.put(List.of(r.getStoryKey(), r.getSourceFile()), r));
			if (story.storyImport() != null) {
				storeStory(runId, story, files, results, time);
			}
		}
		stages.addAll(time.stages());
		hold.verify();
		// The last point where a cancel takes effect: a cancel asked for before the commit keeps nothing.
		recorder.progress(runId, files, files, null, "committing");
		return recorder.succeed(runId, new ArrayList<>(results.values()), stages, clock.instant());
	}

	private void storeStory(Long runId, PreparedStory story, int files, Map<List<String>, FileResult> results,
			StageClock time) {
		String key = story.storyImport().folderKey();
		String name = key.isEmpty() ? "the story" : key;
		// Each stage is also a point where an admin's cancel takes effect.
		recorder.progress(runId, files, files, null, "storing " + name);
		StoredStory stored = time.store(() -> store.save(story.storyImport()));
		for (FileOutcome outcome : stored.outcomes()) {
			results.put(List.of(key, outcome.sourceFile()), new FileResult(key, outcome.sourceFile(),
					ImportRun.outcomeOf(outcome.kind()), outcome.note()));
		}
		boolean changed = !stored.outcomes().isEmpty();
		recorder.progress(runId, files, files, null, "analysing " + name);
		AnalysisTimings analysed = analyse(key, stored.storyId(), changed);
		time.analysed(analysed);
		if (changed || analysed.sentences() > 0) {
			recorder.progress(runId, files, files, null, "comparing and summarising " + name);
			time.compare(() -> claims.compareStory(stored.storyId()));
			time.summarise(() -> summaries.summariseStory(stored.storyId()));
			store.markChanged(stored.storyId());
		}
	}

	private AnalysisTimings analyse(String storyKey, Long storyId, boolean changed) {
		try {
			return analysis.analyseStory(storyId, changed, analysisTimeLimit);
		}
		catch (RuntimeException ex) {
			for (Throwable t = ex; t != null; t = t.getCause()) {
				if (t instanceof OverBudgetException over) {
					throw new FileOverBudgetException(storyKey, over.what(), over.readableLimit());
				}
			}
			throw ex;
		}
	}

	private static List<PreparedStory> without(List<PreparedStory> prepared, FileOverBudgetException ex) {
		FileResult refusal = new FileResult(ex.storyKey, ex.sourceFile, FileResult.Outcome.FAILED,
				"too long to analyse: analysing it took longer than " + ex.limit);
		return prepared.stream()
			.map(p -> p.storyImport() != null && p.storyImport().folderKey().equals(ex.storyKey)
					? p.without(Set.of(ex.sourceFile), List.of(refusal)) : p)
			.toList();
	}

	/** One file of one story took longer than its analysis time limit. */
	private static final class FileOverBudgetException extends RuntimeException {

		private final String storyKey;

		private final String sourceFile;

		private final String limit;

		FileOverBudgetException(String storyKey, String sourceFile, String limit) {
			super(sourceFile + " took longer than " + limit + " to analyse");
			this.storyKey = storyKey;
			this.sourceFile = sourceFile;
			this.limit = limit;
		}

	}

}
