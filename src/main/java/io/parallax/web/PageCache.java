package io.parallax.web;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Rendered responses by address, each valid for one version of the data it shows. An import, upload or curation
 * gives its story a new version in PostgreSQL, so an entry of the old version is never served again, on this
 * instance or any other; it is replaced on the next request, or evicted when the cache is full.
 */
@Component
class PageCache {

	private final Cache<String, CachedResponse> responses;

	private final boolean enabled;

	PageCache(PageCacheProperties properties) {
		this.enabled = properties.enabled();
		this.responses = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String address, CachedResponse response) -> address.length() + response.weight())
			.build();
	}

	Optional<CachedResponse> get(String address, String etag) {
		CachedResponse cached = enabled ? responses.getIfPresent(address) : null;
		return cached != null && cached.etag().equals(etag) ? Optional.of(cached) : Optional.empty();
	}

	void put(String address, CachedResponse response) {
		if (enabled) {
			responses.put(address, response);
		}
	}

	/** Forgets every response (tests measure what rendering costs). */
	void clear() {
		responses.invalidateAll();
	}

}
