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

	record Seeds(@DefaultValue("seeds") String location, @DefaultValue("true") boolean importAtStartup) {
	}

	record Import(@DefaultValue("2MB") DataSize maxFileBytes) {
	}

}
