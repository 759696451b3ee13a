package io.parallax.dates;

import java.time.Month;
import java.util.Locale;

/**
 * The seasons as the northern hemisphere's news counts them: spring from March, summer from June, autumn (fall)
 * from September, winter from December.
 */
final class Seasons {

	private Seasons() {
	}

	static Month firstMonth(String season) {
		return switch (season.toLowerCase(Locale.ROOT)) {
			case "spring" -> Month.MARCH;
			case "summer" -> Month.JUNE;
			case "fall", "autumn" -> Month.SEPTEMBER;
			default -> Month.DECEMBER;
		};
	}

}
