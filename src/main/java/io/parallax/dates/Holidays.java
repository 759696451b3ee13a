package io.parallax.dates;

import java.time.MonthDay;
import java.util.Locale;

/**
 * Holidays on a fixed day of the year, as news names them ("New Year's Day 2014", "on Christmas Eve", "the Fourth
 * of July"). Holidays that move (Easter, Thanksgiving) are not read.
 */
final class Holidays {

	static final String NAMES = "New\\s+Year['’]?s\\s+(?:Day|Eve)|Christmas(?:\\s+(?:Day|Eve))?|Independence\\s+Day"
			+ "|(?:the\\s+)?Fourth\\s+of\\s+July|July\\s+Fourth|Halloween|Valentine['’]?s\\s+Day|Veterans\\s+Day|Boxing\\s+Day";

	private Holidays() {
	}

	static MonthDay day(String name) {
		String key = name.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("\\s+", " ").replaceFirst("^the ", "");
		return switch (key) {
			case "new years day" -> MonthDay.of(1, 1);
			case "new years eve" -> MonthDay.of(12, 31);
			case "christmas eve" -> MonthDay.of(12, 24);
			case "independence day", "fourth of july", "july fourth" -> MonthDay.of(7, 4);
			case "halloween" -> MonthDay.of(10, 31);
			case "valentines day" -> MonthDay.of(2, 14);
			case "veterans day" -> MonthDay.of(11, 11);
			case "boxing day" -> MonthDay.of(12, 26);
			default -> MonthDay.of(12, 25);
		};
	}

}
