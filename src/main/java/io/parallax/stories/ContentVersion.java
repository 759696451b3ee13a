package io.parallax.stories;

import java.time.Instant;

/**
 * Which version of the stored stories a response shows: a story's, or the newest of all (for the lists of stories).
 * Every import, upload or curation that changes a story gives it a new version, in the same transaction.
 *
 * @param scope what the version covers, e.g. {@code story-12} or {@code stories}
 */
public record ContentVersion(String scope, long version, Instant changedAt) {

	/** A story's version from a row of (story id, version, changed at). */
	public static ContentVersion ofStory(java.sql.ResultSet row) throws java.sql.SQLException {
		return new ContentVersion("story-" + row.getLong(1), row.getLong(2), row.getTimestamp(3).toInstant());
	}

}
