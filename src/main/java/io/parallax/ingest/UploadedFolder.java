package io.parallax.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.ingest.FileResult.Outcome;

/**
 * The files of one upload, as a story folder would hold them: each under its base name, with the files that
 * cannot be taken by their name (empty, hidden, control characters, too long, not .txt or .html, the same name twice)
 * refused one by one, and so are the files named like one of the story's folder files ({@code folderFiles}): the
 * next re-import of the folder would put its text back over the upload.
 */
record UploadedFolder(List<ArticleCandidate> articles, List<FileResult> refusals) {

	static UploadedFolder of(String key, List<UploadedFile> files, Set<String> folderFiles,
			ArticleFileDecoder decoder) {
		List<ArticleCandidate> articles = new ArrayList<>();
		List<FileResult> refusals = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		Set<String> reported = new HashSet<>();
		for (UploadedFile file : files) {
			String name = FileNames.baseName(file.name());
			String problem = file.refusal() != null ? file.refusal() : FileNames.problem(name);
			if (problem == null && !StoryFolder.isArticle(name)) {
				problem = StoryFolder.NOT_AN_ARTICLE;
			}
			if (problem == null && folderFiles.contains(name)) {
				problem = "refused: the story's folder has a file called " + name
						+ ", which every re-import reads again; give the upload another name to add it as an article of its own";
			}
			if (problem != null) {
				refusals.add(new FileResult(key, unique(shown(file.name(), name), reported), Outcome.FAILED, problem));
				continue;
			}
			if (seen.merge(name, 1, Integer::sum) > 1) {
				// Reported under a name of its own, beside the file of that name that was taken.
				refusals.add(new FileResult(key, unique(name, reported), Outcome.FAILED,
						"refused: another file of this upload is also called " + name + "; only the first is read"));
				continue;
			}
			reported.add(name);
			byte[] bytes = file.bytes();
			articles.add(new ArticleCandidate(name, () -> {
				decoder.checkSize(bytes.length, decoder.limitFor(name));
				return bytes;
			}));
		}
		return new UploadedFolder(articles, refusals);
	}

	/** Each file is reported under a name of its own: a second "a.txt" is "a.txt (2)". */
	private static String unique(String name, Set<String> reported) {
		String candidate = name;
		for (int n = 2; !reported.add(candidate); n++) {
			candidate = name + " (" + n + ")";
		}
		return candidate;
	}

	/** The name to report a refused file under: its base name, or what was sent when that says more. */
	private static String shown(String sent, String name) {
		return FileNames.problem(name) == null ? name : FileNames.shown(sent);
	}

}
