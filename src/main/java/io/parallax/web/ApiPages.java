package io.parallax.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Long API lists come a page at a time ({@code ?page=N&size=M}); the response keeps its shape and says where the
 * other pages are in a {@code Link} header (RFC 8288), as GitHub's API does.
 */
final class ApiPages {

	static final int DEFAULT_SIZE = 100;

	static final int MAX_SIZE = 500;

	private ApiPages() {
	}

	/**
	 * The page asked for; one past the last is empty, as GitHub's API answers it, so that a script that reads pages
	 * until one comes back empty stops (the pages for people show the last page instead).
	 */
	static Paging of(int page, int size, long total) {
		return Paging.upTo(checkedPage(page), checkedSize(size, MAX_SIZE), total);
	}

	/**
	 * A page number below 1 or a size outside 1 to {@code max} is a mistake in the script that asked, answered
	 * 400 with what is allowed, rather than a page it did not ask for.
	 */
	static int checkedSize(int size, int max) {
		if (size < 1 || size > max) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The parameter ‘size’ must be 1 to " + max + ", not ‘" + size + "’.");
		}
		return size;
	}

	static int checkedPage(int page) {
		if (page < 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The parameter ‘page’ must be 1 or more, not ‘" + page + "’.");
		}
		return page;
	}

	static <T> ResponseEntity<T> body(Paging paging, T body) {
		return ok(paging).body(body);
	}

	/** A 200 whose headers say how many items the list has and where its other pages are. */
	static ResponseEntity.BodyBuilder ok(Paging paging) {
		return ok(paging, paging.total());
	}

	/**
	 * A 200 for a list whose pages hold fewer items than there are ({@code total}): a search pages through its
	 * best-ranked results only.
	 */
	static ResponseEntity.BodyBuilder ok(Paging paging, long total) {
		List<String> links = new ArrayList<>();
		if (paging.hasPrevious()) {
			links.add(link(paging.page() - 1, paging.size(), "prev"));
		}
		if (paging.hasNext()) {
			links.add(link(paging.page() + 1, paging.size(), "next"));
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok().header("X-Total-Count", String.valueOf(total));
		if (!links.isEmpty()) {
			response.header(HttpHeaders.LINK, String.join(", ", links));
		}
		return response;
	}

	private static String link(int page, int size, String rel) {
		String uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.replaceQueryParam("size", size)
			.build()
			.toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
	}

}
