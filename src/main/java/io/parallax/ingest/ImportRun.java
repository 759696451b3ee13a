package io.parallax.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.parallax.stories.FileOutcome;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.DynamicUpdate;

/**
 * One import: who or what started it, when, and what it did to each file.
 */
// Progress and a cancel request are written by different transactions at the same time: each must write only the
// columns it changed, or a progress update made from a row read just before the cancel would write the request away.
@DynamicUpdate
@Entity
class ImportRun {

	enum Status {

		RUNNING, SUCCEEDED, FAILED, CANCELLED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String trigger;

	private String location;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant startedAt;

	private Instant finishedAt;

	private int filesSeen;

	private int added;

	private int updated;

	private int unchanged;

	private int failed;

	private int retired;

	private String message;

	private String startedBy;

	private int filesTotal;

	private int filesDone;

	private String currentFile;

	private String stage;

	private String cancelRequestedBy;

	private Instant cancelRequestedAt;

	@ElementCollection
	@CollectionTable(name = "import_file_result", joinColumns = @JoinColumn(name = "run_id"))
	@OrderColumn(name = "position")
	private List<FileResult> files = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "import_run_stage", joinColumns = @JoinColumn(name = "run_id"))
	@OrderColumn(name = "position")
	private List<StageTiming> stages = new ArrayList<>();

	protected ImportRun() {
	}

	ImportRun(String trigger, String location, String startedBy, Instant startedAt) {
		this.trigger = trigger;
		this.startedBy = startedBy;
		this.stage = "starting";
		this.location = location;
		this.status = Status.RUNNING;
		this.startedAt = startedAt;
	}

	void succeed(List<FileResult> results, List<StageTiming> timings, Instant now) {
		stages.clear();
		stages.addAll(timings);
		files.clear();
		files.addAll(results);
		filesSeen = (int) results.stream()
			.filter(r -> r.getOutcome() != FileResult.Outcome.RETIRED && r.getOutcome() != FileResult.Outcome.SKIPPED)
			.count();
		added = count(FileResult.Outcome.ADDED);
		updated = count(FileResult.Outcome.UPDATED);
		unchanged = count(FileResult.Outcome.UNCHANGED);
		failed = count(FileResult.Outcome.FAILED);
		retired = count(FileResult.Outcome.RETIRED);
		status = Status.SUCCEEDED;
		finishedAt = now;
		message = summary();
		stage = "done";
		currentFile = null;
		filesDone = filesTotal;
	}

	void progress(int total, int done, String file, String currentStage) {
		filesTotal = total;
		filesDone = done;
		currentFile = file;
		stage = currentStage;
	}

	void fail(String reason, Instant now) {
		stage = "failed";
		status = Status.FAILED;
		finishedAt = now;
		message = reason;
	}

	/** Asks the import to stop; it does at the next file or story, and keeps nothing. */
	void requestCancel(String by, Instant now) {
		if (status == Status.RUNNING && cancelRequestedAt == null) {
			cancelRequestedBy = by;
			cancelRequestedAt = now;
		}
	}

	boolean isCancelRequested() {
		return cancelRequestedAt != null;
	}

	void cancel(Instant now) {
		stage = "cancelled";
		status = Status.CANCELLED;
		finishedAt = now;
		message = "cancelled%s after %d of %d files; nothing of this import was kept".formatted(
				cancelRequestedBy == null ? "" : " by " + cancelRequestedBy, filesDone, filesTotal);
	}

	private int count(FileResult.Outcome outcome) {
		return (int) files.stream().filter(f -> f.getOutcome() == outcome).count();
	}

	String summary() {
		return "%d files: %d added, %d updated, %d unchanged, %d failed, %d retired".formatted(filesSeen, added,
				updated, unchanged, failed, retired);
	}

	Duration duration() {
		return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
	}

	Long getId() {
		return id;
	}

	String getTrigger() {
		return trigger;
	}

	String getLocation() {
		return location;
	}

	Status getStatus() {
		return status;
	}

	Instant getStartedAt() {
		return startedAt;
	}

	Instant getFinishedAt() {
		return finishedAt;
	}

	int getFilesSeen() {
		return filesSeen;
	}

	int getAdded() {
		return added;
	}

	int getUpdated() {
		return updated;
	}

	int getUnchanged() {
		return unchanged;
	}

	int getFailed() {
		return failed;
	}

	int getRetired() {
		return retired;
	}

	String getMessage() {
		return message;
	}

	String getStartedBy() {
		return startedBy;
	}

	int getFilesTotal() {
		return filesTotal;
	}

	int getFilesDone() {
		return filesDone;
	}

	String getCurrentFile() {
		return currentFile;
	}

	String getStage() {
		return stage;
	}

	String getCancelRequestedBy() {
		return cancelRequestedBy;
	}

	List<StageTiming> getStages() {
		return stages;
	}

	List<FileResult> getFiles() {
		return files;
	}

	static FileResult.Outcome outcomeOf(FileOutcome.Kind kind) {
		return FileResult.Outcome.valueOf(kind.name());
	}

}
