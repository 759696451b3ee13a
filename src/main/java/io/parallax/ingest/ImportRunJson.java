package io.parallax.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.parallax.ingest.FileResult.Outcome;

/**
 * An import run as the API shows it.
 *
 * @param startedBy who started it, shown to the admin only
 * @param location the folder it read (a path on the server) or the story an upload went to, shown to the admin only
 * @param cancelRequested an admin asked the running import to stop
 * @param errors the files that could not be taken, with the reason
 * @param files every file the run looked at; only in the single-run view
 */
public record ImportRunJson(Long id, String trigger, @JsonInclude(Include.NON_NULL) String startedBy,
		@JsonInclude(Include.NON_NULL) String location, String status,
		Instant startedAt, Instant finishedAt, Long durationMs, int filesSeen, int added, int updated, int unchanged,
		int failed, int retired, String message, boolean cancelRequested, Progress progress, List<StageJson> stages, List<FileJson> errors,
		@JsonInclude(Include.NON_NULL) List<FileJson> files) {

	/** How far a run has got: files read of all, the file being read, the stage. */
	public record Progress(int filesTotal, int filesDone, String currentFile, String stage) {

		public int percent() {
			return filesTotal == 0 ? 0 : Math.min(100, 100 * filesDone / filesTotal);
		}

	}

	/** The run as anyone may see it: what it did, not who ran it nor where the server keeps its folders. */
	ImportRunJson withoutWhoAndWhere() {
		return new ImportRunJson(id, trigger, null, null, status, startedAt, finishedAt, durationMs, filesSeen, added,
				updated, unchanged, failed, retired, message, cancelRequested, progress, stages, errors, files);
	}

	public boolean running() {
		return "RUNNING".equals(status);
	}

	public record StageJson(String stage, long millis) {
	}

	public record FileJson(String story, String sourceFile, String outcome, String message) {

		static FileJson of(FileResult result) {
			return new FileJson(result.getStoryKey(), result.getSourceFile(), result.getOutcome().name(),
					result.getMessage());
		}

	}

	static ImportRunJson summary(ImportRun run) {
		return of(run, null);
	}

	static ImportRunJson detailed(ImportRun run) {
		return of(run, run.getFiles().stream().map(FileJson::of).toList());
	}

	private static ImportRunJson of(ImportRun run, List<FileJson> files) {
		Duration duration = run.duration();
		List<FileJson> errors = run.getFiles()
			.stream()
			.filter(f -> f.getOutcome() == Outcome.FAILED)
			.map(FileJson::of)
			.toList();
		return new ImportRunJson(run.getId(), run.getTrigger(), run.getStartedBy(), run.getLocation(),
				run.getStatus().name(), run.getStartedAt(), run.getFinishedAt(),
				duration == null ? null : duration.toMillis(), run.getFilesSeen(), run.getAdded(), run.getUpdated(),
				run.getUnchanged(), run.getFailed(), run.getRetired(), run.getMessage(), run.isCancelRequested(),
				new Progress(run.getFilesTotal(), run.getFilesDone(), run.getCurrentFile(), run.getStage()),
				run.getStages().stream().map(s -> new StageJson(s.getStage(), s.getMillis())).toList(), errors, files);
	}

}
