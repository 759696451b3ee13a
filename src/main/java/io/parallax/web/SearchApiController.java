package io.parallax.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.parallax.search.Highlighted;
import io.parallax.search.SearchCatalog;
import io.parallax.search.SearchHit;
import io.parallax.search.SearchKind;
import io.parallax.search.SearchRequest;
import io.parallax.search.SearchResults;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search for scripts: the same results as the page, as JSON, twenty at a time; a query that cannot be run is a
 * 400 problem saying why.
 */
@RestController
class SearchApiController {

	/** Says whether {@code X-Total-Count} is exact ({@code false}) or a lower bound ({@code true}: more match). */
	static final String TOTAL_CAPPED = "X-Total-Count-Capped";

	private final SearchCatalog search;

	private final MessageSource messages;

	SearchApiController(SearchCatalog search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	/** One result; {@code title} and {@code snippet} mark the matching words as parts with {@code match: true}. */
	@Schema(name = "SearchHit")
	record Hit(SearchKind kind, long id, String url, String storySlug, String storyTitle, String titleText,
			List<Highlighted.Part> title, List<Highlighted.Part> snippet, List<String> outlets, double rank) {

		static Hit of(SearchHit hit) {
			return new Hit(hit.kind(), hit.id(), hit.path(), hit.storySlug(), hit.storyTitle(), hit.title().text(),
					hit.title().parts(), hit.snippet().parts(), hit.outlets(), hit.rank());
		}

	}

	/**
	 * {@code total} and each of {@code countsByKind} stop at the cap: {@code totalCapped} and {@code cappedKinds}
	 * say which mean "more than"; {@code listed} results are ranked and paged through. The headers say the same:
	 * {@code X-Total-Count} is {@code total}, {@code X-Total-Count-Capped} is {@code totalCapped}.
	 */
	@Schema(name = "SearchResults")
	record Results(String query, long total, boolean totalCapped, long listed, int page, int pages,
			Map<SearchKind, Long> countsByKind, Set<SearchKind> cappedKinds, List<Hit> hits) {
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search every story", description = "Words find their other forms and accented spellings; "
			+ "\"a phrase\" in quotes, -word to leave out, or between alternatives (websearch_to_tsquery syntax).")
	@ApiResponse(responseCode = "200", description = "A page of ranked results; pages go up to the "
			+ SearchCatalog.RANKED + " best (see Link)", headers = {
					@Header(name = "X-Total-Count", description = "How many results match (the body's total): counted up to "
							+ SearchCatalog.COUNT_CAP + " a kind, so a lower bound when " + TOTAL_CAPPED + " is true",
							schema = @Schema(type = "integer")),
					@Header(name = TOTAL_CAPPED, description = "true when more results match than X-Total-Count says "
							+ "(the body's totalCapped)", schema = @Schema(type = "boolean")) },
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Results.class)))
	@ApiResponse(responseCode = "400", description = "A query that cannot be run: empty, too long, without words, "
			+ "or filtered by a story that does not exist; or a page below 1 or a size outside 1 to " + SearchRequest.MAX_SIZE,
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> search(@Parameter(example = "Putin talks") @RequestParam(required = false) String q, @RequestParam(required = false) SearchKind kind,
			@RequestParam(required = false) String story, @RequestParam(required = false) String outlet,
			@RequestParam(defaultValue = "1") int page,
			@Parameter(description = "Results a page, 1 to " + SearchRequest.MAX_SIZE) @RequestParam(
					defaultValue = "" + SearchRequest.PAGE_SIZE) int size,
			HttpServletRequest servletRequest) {
		SearchRequest request = new SearchRequest(q, kind, story, outlet, ApiPages.checkedPage(page),
				ApiPages.checkedSize(size, SearchRequest.MAX_SIZE));
		SearchResults results = search.search(request);
		if (results.problem().isPresent()) {
			Object[] details = { SearchRequest.MAX_LENGTH, request.story() };
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.getMessage("search.problem." + results.problem().get(), details, Locale.ENGLISH));
			problem.setTitle(messages.getMessage("search.problem.title", null, Locale.ENGLISH));
			return ResponseEntity.badRequest().body(problem);
		}
		Paging paging = Paging.of(request.page(), request.size(), results.listed());
		if (paging.page() != page) {
			CachedReadsFilter.doNotKeep(servletRequest);
		}
		return ApiPages.ok(paging, results.total())
			.header(TOTAL_CAPPED, String.valueOf(results.totalCapped()))
			.body(new Results(request.query(), results.total(), results.totalCapped(),
				results.listed(), paging.page(), paging.pages(), results.countsByKind(), results.cappedKinds(),
				results.hits().stream().map(Hit::of).toList()));
	}

}
