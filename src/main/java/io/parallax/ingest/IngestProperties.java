package io.parallax.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * The {@code parallax.*} settings of the ingest module.
 *
 * @param seeds where the seed stories are and whether an empty database imports them at start-up
 * @param importing the budgets every imported file must keep to ({@code parallax.import.*})
 */
@ConfigurationProperties("parallax")
record IngestProperties(@DefaultValue Seeds seeds, @DefaultValue @Name("import") Import importing) {

	/**
	 * @param importAtStartup {@code if-empty}: import the seeds when the database holds no article (the default);
	 *     {@code always}: re-import them at every start (cheap: unchanged files are not parsed again);
	 *     {@code never}
	 */
	record Seeds(@DefaultValue("seeds") String location, @DefaultValue("if-empty") StartupImport importAtStartup) {
	}

	enum StartupImport {

		IF_EMPTY, ALWAYS, NEVER

	}

	/**
	 * Each file's budgets; a file over one is refused with the reason, and the import goes on.
	 *
	 * @param maxFileBytes the largest text file read
	 * @param maxPageBytes the largest saved web page read (.html, .htm: markup, styles and scripts included)
	 * @param minWords, minSentences below this much body text a file is no article
	 * @param maxWords, maxSentences above this a file is too long to analyse in bounded time
	 * @param maxWordLength the longest run of characters without a space
	 * @param parseTimeLimit how long parsing one file may take
	 * @param analysisTimeLimit how long analysing one article may take
	 */
	record Import(@DefaultValue("2MB") DataSize maxFileBytes, @DefaultValue("10MB") DataSize maxPageBytes,
			@DefaultValue("10") int minWords,
			@DefaultValue("2") int minSentences, @DefaultValue("20000") int maxWords,
			@DefaultValue("3000") int maxSentences, @DefaultValue("1000") int maxWordLength,
			@DefaultValue("30s") Duration parseTimeLimit, @DefaultValue("120s") Duration analysisTimeLimit) {

		ArticleLimits limits() {
			return new ArticleLimits(minWords, minSentences, maxWords, maxSentences, maxWordLength);
		}

	}

}
