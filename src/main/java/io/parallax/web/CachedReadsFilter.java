package io.parallax.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.parallax.stories.ContentVersion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every public read of stored data, page or API, runs in one read-only transaction that first reads the version
 * of what it shows. The version makes the ETag (with the release, so that a new build never answers 304 with an
 * old page) and Last-Modified: a conditional request for an unchanged version gets 304 after that one statement; any
 * other is served from {@link PageCache} when this version was rendered before, else rendered and kept. The
 * transaction is REPEATABLE READ, so the version and the data it labels come from one snapshot even while an import
 * commits. Readers' responses are public and revalidated ({@code no-cache}); admin pages keep Spring Security's
 * {@code no-store}.
 */
@Component
class CachedReadsFilter extends OncePerRequestFilter implements Ordered {

	/** The handler's headers that describe the body and so are kept with it. */
	private static final List<String> BODY_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION,
			HttpHeaders.LINK, "X-Total-Count", SearchApiController.TOTAL_CAPPED);

	private static final String NOT_KEPT = CachedReadsFilter.class.getName() + ".notKept";

	private static final String CACHE_CONTROL = CacheControl.noCache().cachePublic().getHeaderValue();

	private final VersionedPaths paths;

	private final PageCache cache;

	private final PlatformTransactionManager transactions;

	private final DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition();

	private final String release;

	CachedReadsFilter(VersionedPaths paths, PageCache cache, PlatformTransactionManager transactions,
			ObjectProvider<BuildProperties> build) {
		this.paths = paths;
		this.cache = cache;
		this.transactions = transactions;
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		BuildProperties properties = build.getIfAvailable();
		this.release = Long.toString(properties != null && properties.getTime() != null
				? properties.getTime().toEpochMilli() : System.currentTimeMillis(), 36);
	}

	/**
	 * Asks that this response be served but not kept: it was rendered for an address that is not its own (a page
	 * past the last shows the last), so that the cache holds each page once, under its own address, and a run of
	 * made-up page numbers cannot push out what readers use.
	 */
	static void doNotKeep(HttpServletRequest request) {
		request.setAttribute(NOT_KEPT, Boolean.TRUE);
	}

	@Override
	public int getOrder() {
		// After Spring Security's filters, so that its headers and rules apply to cached responses too.
		return 0;
	}

	/**
	 * The admin's pages carry the admin's links (correct an article, the admin pages): they are rendered for each
	 * request and never kept, so that a reader is never served them and the admin never a reader's copy.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !paths.isVersioned(request.getRequestURI())
				|| request.getUserPrincipal() != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		TransactionStatus transaction = transactions.getTransaction(snapshot);
		try {
			serve(request, response, chain);
		}
		finally {
			// It only read: ending it by a rollback is as good as a commit, and stays quiet when a page was not
			// found (which marks it rollback-only).
			transactions.rollback(transaction);
		}
	}

	private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Optional<ContentVersion> version = paths.versionOf(request.getRequestURI());
		if (version.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String etag = "W/\"" + release + "-" + version.get().scope() + "-" + version.get().version() + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (new ServletWebRequest(request, response).checkNotModified(etag,
				version.get().changedAt().toEpochMilli())) {
			return;
		}
		String address = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		Optional<CachedResponse> cached = cache.get(address, etag);
		if (cached.isPresent()) {
			write(cached.get(), request, response);
			return;
		}
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		if (rendering.getStatus() == HttpServletResponse.SC_OK && request.getAttribute(NOT_KEPT) == null) {
			cache.put(address, CachedResponse.of(etag, bodyHeaders(rendering), rendering.getContentAsByteArray()));
		}
		rendering.copyBodyToResponse();
	}

	private static Map<String, String> bodyHeaders(HttpServletResponse response) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : BODY_HEADERS) {
			String value = name.equals(HttpHeaders.CONTENT_TYPE) ? response.getContentType() : response.getHeader(name);
			if (value != null) {
				headers.put(name, value);
			}
		}
		return headers;
	}

	private static void write(CachedResponse cached, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		cached.headers().forEach(response::setHeader);
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] body = cached.body();
		if (accepted != null && accepted.contains("gzip")) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = cached.gzipped();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
