package io.parallax.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import io.parallax.claims.ClaimCatalog;
import io.parallax.claims.ClaimViews.Claim;
import io.parallax.claims.ClaimViews.Mention;
import io.parallax.claims.ClaimViews.Overlap;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryCatalog;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClaimApiController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ClaimCatalog claims;

	private final StoryCatalog stories;

	ClaimApiController(ClaimCatalog claims, StoryCatalog stories) {
		this.claims = claims;
		this.stories = stories;
	}

	@GetMapping("/api/stories/{slug}/claims")
	List<Claim> claims(@PathVariable String slug, @RequestParam(required = false) Long entity) {
		return claims.claims(slug, entity);
	}

	@GetMapping("/api/stories/{slug}/overlap")
	List<Overlap> overlap(@PathVariable String slug) {
		return claims.overlaps(slug);
	}

	/** One row per claim and article, for spreadsheets. */
	@GetMapping("/api/stories/{slug}/claims.csv")
	ResponseEntity<String> csv(@PathVariable String slug) {
		List<ArticleCard> articles = stories.story(slug).articles();
		StringBuilder csv = new StringBuilder(
				"claim_id,statement,agreement,independent_origins,article_id,source_file,outlet,status,sentence,differing_value,label\r\n");
		for (Claim claim : claims.claims(slug, null)) {
			for (ArticleCard article : articles) {
				Mention mention = claim.mentionIn(article.id());
				String status = mention != null ? (claim.differingValue(article.id()) != null ? "discrepant" : "reported")
						: claim.omittedBy(article.id()) ? "omitted" : "absent";
				csv.append(row(claim.id(), claim.statement(), claim.agreement(), claim.independentOrigins(), article.id(),
						article.sourceFile(), article.outlet(), status, mention == null ? null : mention.sentence(),
						claim.differingValue(article.id()), article.label()));
			}
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", "attachment; filename=\"" + slug + "-claims.csv\"")
			.body(csv.toString());
	}

	private static String row(Object... fields) {
		return java.util.Arrays.stream(fields).map(ClaimApiController::field).collect(Collectors.joining(",")) + "\r\n";
	}

	/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
