package io.parallax.system;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Times as pages write them for people: "412 ms", "13.5 s", "2 min 5 s"; moments as "7 August 2025, 14:02:11 UTC",
 * the site's way of writing dates. Templates call it as {@code @durations}.
 */
@Component("durations")
public class Durations {

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	/** A duration in milliseconds for a person to read; a dash when there is none (a run still going). */
	public String human(Long millis) {
		if (millis == null) {
			return "—";
		}
		if (millis < 1_000) {
			return millis + " ms";
		}
		if (millis < 60_000) {
			return String.format(Locale.ENGLISH, "%.1f s", millis / 1000.0);
		}
		long seconds = Math.round(millis / 1000.0);
		if (seconds < 3_600) {
			return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
		}
		long minutes = Math.round(seconds / 60.0);
		return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
	}

	public String when(Instant moment) {
		return moment == null ? "—" : MOMENT.format(moment);
	}

}
