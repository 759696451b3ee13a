package io.parallax.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.parallax.claims.ClaimAddress;
import io.parallax.claims.ClaimArticles;
import io.parallax.claims.ClaimArticles.ArticlesPage;
import io.parallax.claims.ClaimCatalog;
import io.parallax.claims.ClaimViews.Claim;
import io.parallax.claims.ClaimViews.DifferingValue;
import io.parallax.claims.ClaimViews.Listed;
import io.parallax.claims.ClaimViews.Mention;
import io.parallax.text.DifferingWords;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryCatalog;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * One claim at its permanent address, as a page and as JSON, its articles a page at a time. A claim keeps its id
 * while the story is compared again; an id whose claim was taken over by another leads there (301), and one whose
 * claim is gone says so (410).
 */
@Controller
class ClaimPageController {

	static final int ARTICLES_PER_PAGE = 50;

	/** Each differing value names this many of the articles that give it, and how many more do. */
	static final int ARTICLES_PER_VALUE = 5;

	/**
	 * The differing values listed, the most given first: more than a claim's slots have in practice, so that none
	 * is left out; past it the page says how many more the JSON has.
	 */
	static final int VALUES = 100;

	private final ClaimCatalog claims;

	private final ClaimArticles articles;

	private final StoryCatalog stories;

	ClaimPageController(ClaimCatalog claims, ClaimArticles articles, StoryCatalog stories) {
		this.claims = claims;
		this.articles = articles;
		this.stories = stories;
	}

	/** The story a claim is in, as the layout and the breadcrumb name it. */
	record StoryName(String slug, String title) {
	}

	/** One article's row: its sentence stating the claim, or that it leaves the claim out. */
	record Row(ArticleCard article, Mention mention, boolean omitted) {
	}

	/**
	 * One value on a slot where the articles differ, the first few articles giving it and how many more do.
	 *
	 * @param parts the value's text, a quote's words that the other versions lack marked
	 */
	record ValueRow(List<DifferingWords.Part> parts, int articleCount, List<ArticleCard> articles, int more) {
	}

	/** One slot the articles differ on, each of its values. */
	record Slot(String kind, boolean firm, List<ValueRow> values) {
	}

	@GetMapping("/stories/{slug}/claims/{id}")
	ModelAndView claim(@PathVariable String slug, @PathVariable Long id, @RequestParam(defaultValue = "1") int page) {
		ClaimAddress address = claims.claim(id);
		if (address instanceof ClaimAddress.Current current) {
			if (!current.storySlug().equals(slug)) {
				return MovedOrGone.movedTo(pagePath(current.storySlug(), id));
			}
			return page(current, page);
		}
		if (address instanceof ClaimAddress.Moved moved) {
			return MovedOrGone.movedTo("/claims/" + moved.successorId());
		}
		return MovedOrGone.gonePage(gone(id, (ClaimAddress.Gone) address));
	}

	private static MovedOrGone.Gone gone(Long id, ClaimAddress.Gone gone) {
		return new MovedOrGone.Gone("claim", "claims", id, gone.statement(), gone.storySlug(), gone.storyTitle());
	}

	private ModelAndView page(ClaimAddress.Current current, int page) {
		Listed claim = current.claim();
		Paging paging = Paging.of(page, ARTICLES_PER_PAGE, ClaimArticles.total(claim));
		ArticlesPage onPage = articles.page(claim, paging.offset(), paging.size(), false);
		List<DifferingValue> values = articles.differingValues(claim.id(), ARTICLES_PER_VALUE, VALUES);
		Map<Long, ArticleCard> cards = new HashMap<>();
		stories.cards(current.storyId(), Stream.concat(onPage.articleIds().stream(),
				values.stream().flatMap(v -> v.articleIds().stream())).distinct().toList())
			.forEach(card -> cards.put(card.id(), card));
		List<Row> rows = onPage.articleIds().stream().filter(cards::containsKey)
			.map(a -> new Row(cards.get(a), onPage.mentionIn(a), onPage.omittedBy().contains(a)))
			.toList();
		Map<String, Object> model = new HashMap<>();
		model.put("story", new StoryName(current.storySlug(), current.storyTitle()));
		model.put("claim", claim);
		model.put("rows", rows);
		model.put("slots", slots(values, cards));
		model.put("valuesNotListed", values.isEmpty() ? 0 : values.get(0).allValues() - values.size());
		model.put("paging", paging);
		model.put("pageLink", pagePath(current.storySlug(), claim.id()));
		model.put("unconcerned", Math.max(0, current.storyArticles() - ClaimArticles.total(claim)));
		return new ModelAndView("stories/claim", model);
	}

	/** The differing values grouped by slot, in the order read (firm slots first). */
	private static List<Slot> slots(List<DifferingValue> values, Map<Long, ArticleCard> cards) {
		Map<String, Slot> slots = new LinkedHashMap<>();
		for (DifferingValue value : values) {
			List<ArticleCard> giving = value.articleIds().stream().map(cards::get).filter(Objects::nonNull).toList();
			slots.computeIfAbsent(value.kind(), kind -> new Slot(kind, value.firm(), new ArrayList<>())).values()
				.add(new ValueRow(DifferingWords.parts(value.value(), value.differingWords()), value.articleCount(),
						giving, value.articleCount() - giving.size()));
		}
		return List.copyOf(slots.values());
	}

	/** A claim's short address: the page of the story it is in, wherever that is now. */
	@GetMapping("/claims/{id}")
	ModelAndView shortAddress(@PathVariable Long id) {
		ClaimAddress address = claims.claim(id);
		if (address instanceof ClaimAddress.Moved moved) {
			return MovedOrGone.movedTo("/claims/" + moved.successorId());
		}
		String slug = address instanceof ClaimAddress.Current current ? current.storySlug()
				: ((ClaimAddress.Gone) address).storySlug();
		return MovedOrGone.movedTo(pagePath(slug, id));
	}

	/**
	 * The claim with a page of its articles ({@code ?page=N&size=M}, paged like the API's lists): their sentences,
	 * those that leave it out, and their values where the articles differ; the articles that show each differing
	 * value come first.
	 */
	@GetMapping("/api/claims/{id}")
	@ResponseBody
	ResponseEntity<?> json(@PathVariable Long id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		ClaimAddress address = claims.claim(id);
		if (address instanceof ClaimAddress.Current current) {
			Paging paging = ApiPages.of(page, size, ClaimArticles.total(current.claim()));
			ArticlesPage onPage = articles.page(current.claim(), paging.offset(), paging.size(), true);
			return ApiPages.body(paging, new ClaimJson(current.storySlug(), pagePath(current.storySlug(), id),
					articles.claim(current.claim(), onPage)));
		}
		if (address instanceof ClaimAddress.Moved moved) {
			return MovedOrGone.movedJson("/api/claims/" + moved.successorId());
		}
		return MovedOrGone.goneJson(gone(id, (ClaimAddress.Gone) address),
				"the story was compared again and no claim took it over.");
	}

	/** A claim with the story it belongs to and its page. */
	record ClaimJson(String story, String page, Claim claim) {
	}

	private static String pagePath(String slug, Long id) {
		return "/stories/" + slug + "/claims/" + id;
	}

}
