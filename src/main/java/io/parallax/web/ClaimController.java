package io.parallax.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;

import io.parallax.claims.ClaimListing;
import io.parallax.claims.ClaimViews.ArticleClaim;
import io.parallax.claims.ClaimViews.Listed;
import io.parallax.claims.ClaimViews.Show;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryCatalog;
import io.parallax.stories.StoryHeader;
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

	/** The compare page's lists offer this many of the story's articles at a time. */
	static final int ARTICLES_TO_CHOOSE_FROM = 50;

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
		model.addAttribute("csv", CsvFiles.of(listing.rowCount(story.id())));
		return "stories/claims";
	}

	/**
	 * The claims' CSV as the page offers it: its rows (a claim and an article each) in files of the API's largest
	 * page, the first {@link #LINKED} linked; each file's Link header names the next.
	 */
	record CsvFiles(long rows, int size, List<CsvFile> linked, long unlinked) {

		static final int LINKED = 10;

		static CsvFiles of(long rows) {
			int size = ApiPages.MAX_SIZE;
			long files = Math.max(1, (rows + size - 1) / size);
			List<CsvFile> linked = LongStream.rangeClosed(1, Math.min(files, LINKED))
				.mapToObj(page -> new CsvFile((int) page, (page - 1) * size + 1, Math.min(rows, page * size)))
				.toList();
			return new CsvFiles(rows, size, linked, files - linked.size());
		}

	}

	record CsvFile(int page, long first, long last) {
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

	/**
	 * Two articles side by side. The lists to choose them from offer a page of the story's articles at a time, in
	 * reading order ({@code ?page=N}, the chosen two kept), so that a story of a thousand articles does not send a
	 * thousand options twice.
	 */
	@GetMapping("/stories/{slug}/compare")
	String compare(@PathVariable String slug, @RequestParam(required = false) Long a,
			@RequestParam(required = false) Long b, @RequestParam(defaultValue = "1") int page, Model model) {
		StoryHeader story = stories.header(slug);
		List<ArticleCard> firstTwo = a != null && b != null ? List.of() : stories.cards(story.id(), 0, 2);
		if (firstTwo.isEmpty() && (a == null || b == null)) {
			throw NotFoundException.of("article in this story", a);
		}
		Long left = a != null ? a : firstTwo.get(0).id();
		Long right = b != null ? b : firstTwo.get(Math.min(1, firstTwo.size() - 1)).id();
		List<ArticleCard> chosen = stories.cards(story.id(), List.of(left, right));
		Paging paging = Paging.of(page, ARTICLES_TO_CHOOSE_FROM, story.articleCount());
		List<ArticleCard> choices = new ArrayList<>(stories.cards(story.id(), paging.offset(), paging.size()));
		chosen.stream().filter(c -> !choices.contains(c)).forEach(choices::add);
		model.addAttribute("story", story);
		model.addAttribute("a", card(chosen, left));
		model.addAttribute("b", card(chosen, right));
		model.addAttribute("choices", choices);
		model.addAttribute("paging", paging);
		model.addAttribute("pageLink", "/stories/" + slug + "/compare?a=" + left + "&b=" + right);
		model.addAttribute("rows", listing.aligned(story.id(), left, right));
		return "stories/compare";
	}

	private static ArticleCard card(List<ArticleCard> articles, Long id) {
		return articles.stream().filter(c -> c.id().equals(id)).findFirst()
			.orElseThrow(() -> NotFoundException.of("article in this story", id));
	}

}
