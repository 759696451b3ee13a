package io.parallax.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.parallax.claims.ClaimCatalog;
import io.parallax.claims.ClaimListing;
import io.parallax.claims.ClaimViews.Claim;
import io.parallax.claims.ClaimViews.Mention;
import io.parallax.claims.ClaimViews.Overlap;
import io.parallax.claims.ClaimViews.Show;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryCatalog;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClaimApiController {

	private final ClaimCatalog claims;

	private final ClaimListing listing;

	private final StoryCatalog stories;

	ClaimApiController(ClaimCatalog claims, ClaimListing listing, StoryCatalog stories) {
		this.claims = claims;
		this.listing = listing;
		this.stories = stories;
	}

	/** How many of a claim's articles a list of claims gives with it, unless asked for more or fewer. */
	static final int ARTICLES_PER_CLAIM = 10;

	/** At most this many articles per claim in a list: a claim's own address pages through the rest. */
	static final int MAX_ARTICLES_PER_CLAIM = 100;

	/**
	 * A page of the story's claims, most widely reported first, each with its first {@code articles} articles (the
	 * sentences they state it in, or that they leave it out, and their values where they differ): its
	 * {@code articleCount} and {@code omissionCount} say how many there are in all, and {@code /api/claims/{id}}
	 * gives them a page at a time. {@code show} filters as the matrix does.
	 */
	@GetMapping("/api/stories/{slug}/claims")
	ResponseEntity<List<Claim>> claims(@PathVariable String slug, @RequestParam(required = false) Long entity,
			@RequestParam(defaultValue = "all") Show show, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size,
			@RequestParam(defaultValue = "" + ARTICLES_PER_CLAIM) int articles) {
		Long story = stories.storyId(slug);
		Paging paging = ApiPages.of(page, size, listing.total(story, show, entity));
		int perClaim = Math.max(1, Math.min(articles, MAX_ARTICLES_PER_CLAIM));
		return ApiPages.body(paging, listing.claims(story, show, entity, paging.offset(), paging.size(), perClaim));
	}

	/** A page of the pairs of articles that share near-identical sentences, most shared first. */
	@GetMapping("/api/stories/{slug}/overlap")
	ResponseEntity<List<Overlap>> overlap(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		Long story = stories.storyId(slug);
		Paging paging = ApiPages.of(page, size, claims.overlapCount(story));
		return ApiPages.body(paging, claims.overlaps(story, paging.offset(), paging.size()));
	}

	/**
	 * The claims for spreadsheets (a byte-order mark, formulas neutralised): one row per claim and article that
	 * reports it, reports it differently or leaves it out, a page of rows at a time ({@code size} rows), so that a
	 * claim reported by hundreds of articles is split across pages like any long list.
	 */
	@GetMapping("/api/stories/{slug}/claims.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		Long story = stories.storyId(slug);
		Paging paging = ApiPages.of(page, size, listing.rowCount(story));
		List<Claim> onPage = listing.rows(story, paging.offset(), paging.size());
		Map<Long, ArticleCard> articles = new HashMap<>();
		stories.cards(story, onPage.stream().flatMap(ClaimApiController::articleIds).distinct().toList())
			.forEach(card -> articles.put(card.id(), card));
		CsvExport csv = new CsvExport("claim_id", "statement", "agreement", "independent_origins", "article_id",
				"source_file", "outlet", "status", "sentence", "differing_value", "label");
		for (Claim claim : onPage) {
			articleIds(claim).map(articles::get).filter(Objects::nonNull).forEach(article -> {
				Mention mention = claim.mentionIn(article.id());
				String status = mention == null ? "omitted"
						: claim.differingValue(article.id()) != null ? "discrepant" : "reported";
				csv.row(claim.id(), claim.statement(), claim.agreement(), claim.independentOrigins(), article.id(),
						article.sourceFile(), article.outlet(), status, mention == null ? null : mention.sentence(),
						claim.differingValue(article.id()), article.label());
			});
		}
		return csv.response(slug + "-claims.csv", paging);
	}

	/** The articles a claim's rows are about, in its order: those that report it, then those that leave it out. */
	private static Stream<Long> articleIds(Claim claim) {
		return Stream.concat(claim.mentions().stream().map(Mention::articleId), claim.omittedBy().stream()).distinct();
	}

}
