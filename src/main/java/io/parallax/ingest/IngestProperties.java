package io.parallax.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * The {@code parallax.*} settings of the ingest module.
 *
 * @param seeds where the seed stories are and whether an empty database imports them at start-up
 * @param importing limits that every imported file must respect ({@code parallax.import.*})
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

	record Import(@DefaultValue("2MB") DataSize maxFileBytes) {
	}

}
