package io.parallax.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cache of search results ({@code parallax.search.*}). Entries are kept for the version of the stored stories
 * they were found in, so an import makes them stale at its commit, on every instance.
 *
 * @param cacheEntries how many pages of results to keep; 0 searches every time
 */
@ConfigurationProperties("parallax.search")
record SearchProperties(Integer cacheEntries) {

	SearchProperties {
		cacheEntries = cacheEntries == null ? 10_000 : cacheEntries;
	}

}
