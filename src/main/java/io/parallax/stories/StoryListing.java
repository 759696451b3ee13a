package io.parallax.stories;

import java.time.LocalDate;

/**
 * A story as the story list shows it.
 *
 * @param firstPublished the day its first article was published, null when no article gives one
 * @param lastPublished the day its last article was published
 */
public record StoryListing(String slug, String title, boolean titleDerived, long articleCount, long outletCount,
		LocalDate firstPublished, LocalDate lastPublished) {

	/** Whether its articles were published on more than one day. */
	public boolean spansDays() {
		return firstPublished != null && !firstPublished.equals(lastPublished);
	}

}
