package io.parallax.web;

import java.util.List;
import java.util.Set;

import io.parallax.analysis.AnalysisCatalog;
import io.parallax.claims.ClaimCatalog;
import io.parallax.claims.ClaimViews.Claim;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryCatalog;
import io.parallax.stories.StoryPage;
import io.parallax.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The claim matrix and the side-by-side comparison of two articles.
 */
@Controller
class ClaimController {

	static final int CLAIMS_PER_PAGE = 20;

	private static final Set<String> FILTERS = Set.of("all", "shared", "discrepant", "single");

	private final StoryCatalog stories;

	private final ClaimCatalog claims;

	private final AnalysisCatalog analysis;

	ClaimController(StoryCatalog stories, ClaimCatalog claims, AnalysisCatalog analysis) {
		this.stories = stories;
		this.claims = claims;
		this.analysis = analysis;
	}

	@GetMapping("/stories/{slug}/claims")
	String claims(@PathVariable String slug, @RequestParam(defaultValue = "all") String show,
			@RequestParam(required = false) Long entity, @RequestParam(defaultValue = "1") int page, Model model) {
		// Only a known filter goes back into the paging links.
		String filter = FILTERS.contains(show) ? show : "all";
		StoryPage story = stories.story(slug);
		List<Claim> shown = claims.claims(slug, entity).stream().filter(c -> shown(c, filter)).toList();
		Paging paging = Paging.of(page, CLAIMS_PER_PAGE, shown.size());
		List<Claim> onPage = shown.subList(paging.offset(), (int) paging.last());
		model.addAttribute("story", story);
		model.addAttribute("claims", onPage);
		model.addAttribute("matrix", ClaimMatrix.of(story.articles(), onPage));
		model.addAttribute("paging", paging);
		model.addAttribute("pageLink",
				"/stories/" + slug + "/claims?show=" + filter + (entity == null ? "" : "&entity=" + entity));
		model.addAttribute("show", filter);
		model.addAttribute("entity", entity);
		model.addAttribute("entities", analysis.entities(slug).stream().filter(e -> e.mentionCount() > 1).toList());
		return "stories/claims";
	}

	@GetMapping("/stories/{slug}/compare")
	String compare(@PathVariable String slug, @RequestParam(required = false) Long a,
			@RequestParam(required = false) Long b, Model model) {
		StoryPage story = stories.story(slug);
		List<ArticleCard> articles = story.articles();
		Long left = a != null ? a : articles.get(0).id();
		Long right = b != null ? b : articles.get(Math.min(1, articles.size() - 1)).id();
		model.addAttribute("story", story);
		model.addAttribute("a", card(articles, left));
		model.addAttribute("b", card(articles, right));
		model.addAttribute("rows", StoryCoverage.align(claims.claims(slug, null), left, right));
		return "stories/compare";
	}

	private static ArticleCard card(List<ArticleCard> articles, Long id) {
		return articles.stream().filter(c -> c.id().equals(id)).findFirst()
			.orElseThrow(() -> NotFoundException.of("article in this story", id));
	}

	private static boolean shown(Claim claim, String show) {
		return switch (show) {
			case "discrepant" -> claim.agreement().equals("DISCREPANT");
			case "single" -> claim.agreement().equals("SINGLE_SOURCE");
			case "shared" -> claim.articleCount() > 1;
			default -> true;
		};
	}

}
