package io.parallax.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.stories.ArticleCard;
import io.parallax.stories.ArticlePage;
import io.parallax.stories.StoryHeader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * schema.org descriptions of the pages as JSON-LD, for search engines and citation tools: a {@code NewsArticle}
 * for an article (its headline, dates, author and publisher where the text gives them, and its story as
 * {@code isPartOf}), a {@code CollectionPage} whose {@code ItemList} lists a story's articles. Only what was parsed
 * is said: an unknown author or outlet is left out, never guessed.
 */
@Component
class StructuredData {

	private static final String CONTEXT = "https://schema.org";

	private final JsonMapper json;

	StructuredData(JsonMapper json) {
		this.json = json;
	}

	String article(ArticlePage article) {
		Map<String, Object> data = thing("NewsArticle");
		String url = absolute("/articles/" + article.id());
		data.put("@id", url);
		data.put("url", url);
		data.put("mainEntityOfPage", url);
		data.put("headline", article.headline());
		putIfKnown(data, "description", article.standfirst());
		if (article.publishedOn() != null) {
			data.put("datePublished", article.publishedOn().toString());
		}
		if (article.byline() != null) {
			data.put("author", named("Person", article.byline()));
		}
		if (article.outlet() != null) {
			data.put("publisher", named("Organization", article.outlet()));
		}
		data.put("wordCount", article.wordCount());
		data.put("inLanguage", "en");
		Map<String, Object> story = named("CollectionPage", article.storyTitle());
		story.put("@id", absolute("/stories/" + article.storySlug()));
		story.put("url", absolute("/stories/" + article.storySlug()));
		data.put("isPartOf", story);
		return write(data);
	}

	/**
	 * @param firstPosition the position of the page's first article in the story, counted from 1
	 */
	String story(StoryHeader story, List<ArticleCard> cards, long firstPosition, String description) {
		Map<String, Object> data = thing("CollectionPage");
		String url = absolute("/stories/" + story.slug());
		data.put("@id", url);
		data.put("url", url);
		data.put("name", story.title());
		putIfKnown(data, "description", description);
		data.put("inLanguage", "en");
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < cards.size(); i++) {
			ArticleCard card = cards.get(i);
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("@type", "ListItem");
			item.put("position", firstPosition + i);
			item.put("url", absolute("/articles/" + card.id()));
			item.put("name", card.headline());
			items.add(item);
		}
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@type", "ItemList");
		list.put("numberOfItems", story.articleCount());
		list.put("itemListElement", items);
		data.put("mainEntity", list);
		return write(data);
	}

	private static Map<String, Object> thing(String type) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", CONTEXT);
		data.put("@type", type);
		return data;
	}

	private static Map<String, Object> named(String type, String name) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@type", type);
		data.put("name", name);
		return data;
	}

	private static void putIfKnown(Map<String, Object> data, String key, String value) {
		if (value != null && !value.isBlank()) {
			data.put(key, value);
		}
	}

	/**
	 * The JSON, safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} only occur in JSON
	 * strings, where their escapes mean the same, so no text can close the element or open a comment.
	 */
	private String write(Map<String, Object> data) {
		return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

}
