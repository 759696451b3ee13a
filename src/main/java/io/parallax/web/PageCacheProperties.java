package io.parallax.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The server-side cache of rendered pages and API responses ({@code parallax.page-cache.*}).
 *
 * @param enabled false to render every response (ETags and 304s still apply)
 * @param maxSize the memory the cached bodies may take, all entries together
 */
@ConfigurationProperties("parallax.page-cache")
record PageCacheProperties(boolean enabled, DataSize maxSize) {

	PageCacheProperties {
		maxSize = maxSize == null ? DataSize.ofMegabytes(64) : maxSize;
	}

}
