package io.parallax.web;

import java.util.List;

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

	/**
	 * A page of the story's claims, most widely reported first, each whole (its mentions, omissions and
	 * differences); {@code show} filters as the matrix does.
	 */
	@GetMapping("/api/stories/{slug}/claims")
	ResponseEntity<List<Claim>> claims(@PathVariable String slug, @RequestParam(required = false) Long entity,
			@RequestParam(defaultValue = "all") Show show, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		Long story = stories.storyId(slug);
		Paging paging = ApiPages.of(page, size, listing.total(story, show, entity));
		return ApiPages.body(paging, listing.claims(story, show, entity, paging.offset(), paging.size()));
	}

	@GetMapping("/api/stories/{slug}/overlap")
	List<Overlap> overlap(@PathVariable String slug) {
		return claims.overlaps(slug);
	}

	/** One row per claim and article, for spreadsheets (a byte-order mark, formulas neutralised). */
	@GetMapping("/api/stories/{slug}/claims.csv")
	ResponseEntity<byte[]> csv(@PathVariable String slug) {
		List<ArticleCard> articles = stories.story(slug).articles();
		CsvExport csv = new CsvExport("claim_id", "statement", "agreement", "independent_origins", "article_id",
				"source_file", "outlet", "status", "sentence", "differing_value", "label");
		for (Claim claim : claims.claims(slug, null)) {
			for (ArticleCard article : articles) {
				Mention mention = claim.mentionIn(article.id());
				String status = mention != null ? (claim.differingValue(article.id()) != null ? "discrepant" : "reported")
						: claim.omittedBy(article.id()) ? "omitted" : "absent";
				csv.row(claim.id(), claim.statement(), claim.agreement(), claim.independentOrigins(), article.id(),
						article.sourceFile(), article.outlet(), status, mention == null ? null : mention.sentence(),
						claim.differingValue(article.id()), article.label());
			}
		}
		return csv.response(slug + "-claims.csv");
	}

}
