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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
	 * say which mean "more than"; {@code listed} results are ranked and paged through.
	 */
	@Schema(name = "SearchResults")
	record Results(String query, long total, boolean totalCapped, long listed, int page, int pages,
			Map<SearchKind, Long> countsByKind, Set<SearchKind> cappedKinds, List<Hit> hits) {
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search every story", description = "Words find their other forms and accented spellings; "
			+ "\"a phrase\" in quotes, -word to leave out, or between alternatives (websearch_to_tsquery syntax).")
	@ApiResponse(responseCode = "200", description = "A page of ranked results",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = Results.class)))
	@ApiResponse(responseCode = "400", description = "A query that cannot be run: empty, too long or without words",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> search(@Parameter(example = "Putin talks") @RequestParam(required = false) String q, @RequestParam(required = false) SearchKind kind,
			@RequestParam(required = false) String story, @RequestParam(required = false) String outlet,
			@RequestParam(defaultValue = "1") int page) {
		SearchRequest request = new SearchRequest(q, kind, story, outlet, page);
		SearchResults results = search.search(request);
		if (results.problem().isPresent()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
					"search.problem." + results.problem().get(), new Object[] { SearchRequest.MAX_LENGTH }, Locale.ENGLISH));
			problem.setTitle(messages.getMessage("search.problem.title", null, Locale.ENGLISH));
			return ResponseEntity.badRequest().body(problem);
		}
		Paging paging = Paging.of(request.page(), SearchCatalog.PAGE_SIZE, results.listed());
		return ApiPages.body(paging, new Results(request.query(), results.total(), results.totalCapped(),
				results.listed(), paging.page(), paging.pages(), results.countsByKind(), results.cappedKinds(),
				results.hits().stream().map(Hit::of).toList()));
	}

}
