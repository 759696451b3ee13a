package io.parallax.dates;

/**
 * Which way from the publication date a date without a year (or week) lies, as the sentence's tense and modal cues
 * tell: "met on Tuesday" looks back, "will meet on Tuesday" looks ahead; a sentence that tells neither takes the
 * nearest such date.
 */
enum Direction {

	PAST, FUTURE, NEAREST

}
