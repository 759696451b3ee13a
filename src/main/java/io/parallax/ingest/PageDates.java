package io.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates a page's metadata states (ISO 8601 in its many spellings, RFC 1123, a plain date). A date is
 * kept with the time zone the page gives, and its day is the day in that zone: a story published at 23:30 in New
 * York is of that day, not of the next day in UTC.
 */
final class PageDates {

	/**
	 * A publication date as the page states it.
	 *
	 * @param day the calendar day in the page's own time zone
	 * @param stated the date and time with its offset (ISO 8601), or only the day when the page gives no time
	 */
	record PageDate(LocalDate day, String stated) {
	}

	private static final Pattern ISO = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ](\\d{2}):?(\\d{2})(?::?(\\d{2})"
			+ "(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

	private static final DateTimeFormatter RFC_1123 = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("[EEE, ]d MMM yyyy HH:mm[:ss] ")
		.appendPattern("[XX][z]")
		.toFormatter(Locale.ENGLISH);

	private PageDates() {
	}

	static Optional<PageDate> read(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.strip();
		Matcher iso = ISO.matcher(text);
		if (iso.lookingAt()) {
			return iso(iso);
		}
		try {
			ZonedDateTime at = ZonedDateTime.parse(text, RFC_1123);
			return Optional.of(new PageDate(at.toLocalDate(), at.toOffsetDateTime().toString()));
		}
		catch (DateTimeParseException ex) {
			return PublicationDates.fromDateline(text).map(day -> new PageDate(day, day.toString()));
		}
	}

	private static Optional<PageDate> iso(Matcher m) {
		try {
			LocalDate day = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
			if (m.group(4) == null) {
				return Optional.of(new PageDate(day, day.toString()));
			}
			LocalDateTime local = day.atTime(num(m.group(4)), num(m.group(5)),
					m.group(6) == null ? 0 : num(m.group(6)));
			if (m.group(7) == null) {
				// A time without a zone is the page's local time: its day is the day stated.
				return Optional.of(new PageDate(day, local.toString()));
			}
			OffsetDateTime at = local.atOffset(java.time.ZoneOffset.of(offset(m.group(7))));
			return Optional.of(new PageDate(day, at.toString()));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String offset(String stated) {
		if (stated.equals("Z")) {
			return "Z";
		}
		String digits = stated.replace(":", "");
		return digits.length() == 3 ? digits + "00" : digits.substring(0, 3) + ":" + digits.substring(3);
	}

	private static int num(String digits) {
		return Integer.parseInt(digits);
	}

}
