package io.parallax.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.parallax.system.ConnectionLoss;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	private static final Logger log = LoggerFactory.getLogger(ImportRunRecorder.class);

	private static final String INTERRUPTED = "interrupted: the application stopped before this import finished; "
			+ "nothing of it was kept";

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

	/**
	 * Records how far a run has got, in a transaction of its own so that it shows while the import goes on; this
	 * is also where the import learns that an admin cancelled it.
	 *
	 * @throws ImportCancelledException when an admin asked the run to stop
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void progress(Long runId, int total, int done, String file, String stage) {
		ImportRun run = runs.findById(runId).orElseThrow();
		if (run.isCancelRequested()) {
			throw new ImportCancelledException();
		}
		run.progress(total, done, file, stage);
	}

	/**
	 * Asks a running import to stop. A run that no live import holds (its process died) is closed at once.
	 *
	 * @return whether the run was running
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean requestCancel(Long runId, String by) {
		ImportRun run = runs.findById(runId).orElseThrow(() -> io.parallax.system.NotFoundException.of("import", runId));
		if (run.getStatus() != ImportRun.Status.RUNNING) {
			return false;
		}
		run.requestCancel(by, clock.instant());
		if (lock.tryAcquire()) {
			run.cancel(clock.instant());
		}
		return true;
	}

	/**
	 * Closes a run that did not complete, cancelled or failed, with a reason an admin understands (never a Java
	 * exception's text: an unexpected fault is logged in full and named as such).
	 *
	 * @return the reason recorded
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String end(Long runId, RuntimeException failure) {
		ImportRun run = runs.findById(runId).orElseThrow();
		if (failure instanceof ImportCancelledException) {
			run.cancel(clock.instant());
			return run.getMessage();
		}
		String reason;
		if (failure instanceof ImportRefusedException) {
			reason = failure.getMessage();
		}
		else if (ConnectionLoss.isCause(failure)) {
			log.warn("import {} lost its database connection for good: {}", runId, failure.toString());
			reason = "the database connection was lost and did not come back in time; nothing of this import was "
					+ "kept: start it again";
		}
		else {
			log.error("import {} failed", runId, failure);
			reason = "the import failed on an unexpected fault (the details are in the log); nothing of it was kept";
		}
		run.fail(reason, clock.instant());
		return reason;
	}

	/** Records an import refused because another one runs, with a message that names the running one. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public ImportOutcome refusedWhileBusy(String trigger, String location, String startedBy) {
		String busy = busyMessage();
		ImportRun run = runs.save(new ImportRun(trigger, location, startedBy, clock.instant()));
		run.fail(busy, clock.instant());
		return new ImportOutcome(run.getId(), false, busy);
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
		if (!lock.tryAcquire()) {
			return 0;
		}
		List<ImportRun> interrupted = runs.findByStatus(ImportRun.Status.RUNNING);
		interrupted.forEach(run -> run.fail(INTERRUPTED, clock.instant()));
		return interrupted.size();
	}

}
