package io.parallax.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.parallax.summary.SummaryViews.TimelineEvent;

/**
 * The dated events of a timeline page as a strip drawn on the server: one stop per date, in order and evenly
 * spaced (the story's dates run from years back to the last few days, which no linear scale shows), each with its
 * date written at the precision the texts give and the number of events on it.
 */
record TimelineStrip(int width, int height, int lineY, List<Stop> stops) {

	static final int SPACING = 72;

	static final int MARGIN = 36;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	/** @param x the stop's centre */
	record Stop(int x, String date, String machineDate, int events) {
	}

	static TimelineStrip of(List<TimelineEvent> events) {
		Map<String, Stop> stops = new LinkedHashMap<>();
		for (TimelineEvent event : events) {
			if (event.date() == null) {
				continue;
			}
			String key = event.machineDate() + " " + event.precision();
			Stop known = stops.get(key);
			stops.put(key, known == null
					? new Stop(MARGIN + stops.size() * SPACING, words(event.date(), event.precision()), event.machineDate(), 1)
					: new Stop(known.x(), known.date(), known.machineDate(), known.events() + 1));
		}
		List<Stop> ordered = new ArrayList<>(stops.values());
		return new TimelineStrip(MARGIN * 2 + Math.max(0, ordered.size() - 1) * SPACING + 90, 140, 100, ordered);
	}

	/** A date at its precision, short enough for the strip: "6 Aug 2025", "Aug 2025", "summer 2025", "2020s". */
	static String words(LocalDate date, String precision) {
		return switch (precision == null ? "DAY" : precision) {
			case "WEEK" -> "week of " + DAY.format(date);
			case "MONTH" -> MONTH.format(date);
			case "SEASON" -> switch (date.getMonthValue()) {
				case 3 -> "spring ";
				case 6 -> "summer ";
				case 9 -> "autumn ";
				default -> "winter ";
			} + date.getYear();
			case "YEAR" -> String.valueOf(date.getYear());
			case "DECADE" -> date.getYear() + "s";
			default -> DAY.format(date);
		};
	}

}
