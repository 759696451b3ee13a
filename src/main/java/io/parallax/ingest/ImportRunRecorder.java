package io.parallax.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the record of import runs. A run is written as RUNNING in a transaction of its own, so that it shows at
 * once and survives a failed import; it is completed inside the import's transaction, so that the counts commit
 * with the articles.
 */
@Component
class ImportRunRecorder {

	private final ImportRunRepository runs;

	private final ImportLock lock;

	private final Clock clock;

	ImportRunRecorder(ImportRunRepository runs, ImportLock lock, Clock clock) {
		this.runs = runs;
		this.lock = lock;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public ImportRun start(String trigger, String location, String startedBy) {
		return runs.save(new ImportRun(trigger, location, startedBy, clock.instant()));
	}

	/** Records how far a run has got, in a transaction of its own so that it shows while the import goes on. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void progress(Long runId, int total, int done, String file, String stage) {
		runs.findById(runId).ifPresent(run -> run.progress(total, done, file, stage));
	}

	/** Why an import cannot start now, naming the one that runs. */
	@Transactional(readOnly = true)
	public String busyMessage() {
		return running()
			.map(r -> "import #%d (%s%s, started %s) is still running; try again when it has finished".formatted(
					r.getId(), r.getTrigger(), r.getStartedBy() == null ? "" : " by " + r.getStartedBy(), r.getStartedAt()))
			.orElse("another import is running; try again when it has finished");
	}

	@Transactional(readOnly = true)
	public java.util.Optional<ImportRun> running() {
		return runs.findFirstByStatusOrderByStartedAtDesc(ImportRun.Status.RUNNING);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public ImportRun succeed(Long runId, List<FileResult> results, List<StageTiming> stages, Instant now) {
		ImportRun run = runs.findById(runId).orElseThrow();
		run.succeed(results, stages, now);
		return runs.save(run);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void fail(Long runId, String reason) {
		runs.findById(runId).ifPresent(run -> run.fail(reason, clock.instant()));
	}

	/**
	 * Marks as failed the runs left RUNNING by a process that died mid-import (their transaction never
	 * committed); skipped while another instance holds the import lock, since its run is still alive.
	 */
	@Transactional
	public int failInterrupted() {
		return lock.tryAcquire() ? runs.failInterrupted(clock.instant()) : 0;
	}

}
