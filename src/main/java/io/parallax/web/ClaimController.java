package io.parallax.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.parallax.claims.ClaimListing;
import io.parallax.claims.ClaimViews.ArticleClaim;
import io.parallax.claims.ClaimViews.Listed;
import io.parallax.claims.ClaimViews.Show;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryCatalog;
import io.parallax.stories.StoryHeader;
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

	/** The names offered as a filter: those naming most claims. */
	private static final int NAMINGS = 50;

	private static final Set<String> FILTERS = Set.of("all", "shared", "discrepant", "single");

	private final StoryCatalog stories;

	private final ClaimListing listing;

	ClaimController(StoryCatalog stories, ClaimListing listing) {
		this.stories = stories;
		this.listing = listing;
	}

	@GetMapping("/stories/{slug}/claims")
	String claims(@PathVariable String slug, @RequestParam(defaultValue = "all") String show,
			@RequestParam(required = false) Long entity, @RequestParam(defaultValue = "1") int page, Model model) {
		// Only a known filter goes back into the paging links.
		String filter = FILTERS.contains(show) ? show : "all";
		StoryHeader story = stories.header(slug);
		Show which = Show.valueOf(filter.toUpperCase(Locale.ROOT));
		Paging paging = Paging.of(page, CLAIMS_PER_PAGE, listing.total(story.id(), which, entity));
		List<Listed> onPage = listing.page(story.id(), which, entity, paging.offset(), CLAIMS_PER_PAGE).claims();
		model.addAttribute("story", story);
		model.addAttribute("claims", onPage);
		model.addAttribute("matrix", matrix(story, onPage));
		model.addAttribute("paging", paging);
		model.addAttribute("pageLink",
				"/stories/" + slug + "/claims?show=" + filter + (entity == null ? "" : "&entity=" + entity));
		model.addAttribute("show", filter);
		model.addAttribute("entity", entity);
		model.addAttribute("entities", listing.namings(story.id(), entity, NAMINGS));
		return "stories/claims";
	}

	/** A column per article for a small story; for a large one, the articles that best show the page's claims. */
	private ClaimMatrix matrix(StoryHeader story, List<Listed> onPage) {
		List<ArticleCard> columns = story.articleCount() <= ClaimMatrix.MAX_COLUMNS
				? stories.cards(story.id(), 0, ClaimMatrix.MAX_COLUMNS)
				: stories.cards(story.id(), ClaimMatrix.columnsFor(onPage));
		List<ArticleClaim> cells = onPage.isEmpty() || columns.isEmpty() ? List.of()
				: listing.cells(onPage.stream().map(Listed::id).toList(), columns.stream().map(ArticleCard::id).toList());
		return ClaimMatrix.of(columns, onPage, cells, story.articleCount());
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
		model.addAttribute("rows", listing.aligned(stories.storyId(slug), left, right));
		return "stories/compare";
	}

	private static ArticleCard card(List<ArticleCard> articles, Long id) {
		return articles.stream().filter(c -> c.id().equals(id)).findFirst()
			.orElseThrow(() -> NotFoundException.of("article in this story", id));
	}

}
