package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * Everything Parallax says about one story, read through its JSON API as a journalist's script would read it.
 *
 * @param articles the story's articles by file name ({@code GET /api/articles/{id}}: sentences and all)
 * @param attributions whom each article cites, by file name
 * @param quantities each article's numbers and dates, by file name
 * @param overlaps the pairs of articles that share near-identical sentences, derived or not
 */
record StoryOutput(String slug, Map<String, JsonNode> articles, JsonNode entities, JsonNode quotes,
		Map<String, JsonNode> attributions, Map<String, JsonNode> quantities, JsonNode claims, JsonNode summary,
		JsonNode overlaps) {

	/** The longest summary the API gives, so that every system can be cut to the same length. */
	static final int SUMMARY_SENTENCES = 12;

	static StoryOutput read(String slug, Function<String, JsonNode> api) {
		Map<String, JsonNode> articles = new LinkedHashMap<>();
		Map<String, JsonNode> attributions = new LinkedHashMap<>();
		Map<String, JsonNode> quantities = new LinkedHashMap<>();
		for (JsonNode listed : api.apply("/api/stories/" + slug).get("articles")) {
			String file = listed.get("sourceFile").asString();
			long id = listed.get("id").asLong();
			articles.put(file, api.apply("/api/articles/" + id));
			attributions.put(file, api.apply("/api/articles/" + id + "/attributions"));
			quantities.put(file, api.apply("/api/articles/" + id + "/quantities"));
		}
		return new StoryOutput(slug, articles, api.apply("/api/stories/" + slug + "/entities"),
				api.apply("/api/stories/" + slug + "/quotes"), attributions, quantities,
				api.apply("/api/stories/" + slug + "/claims?size=500"),
				api.apply("/api/stories/" + slug + "/summary?sentences=" + SUMMARY_SENTENCES),
				api.apply("/api/stories/" + slug + "/overlap?size=500"));
	}

	/** The text of every sentence of an article, in reading order. */
	List<String> sentences(String file) {
		List<String> texts = new ArrayList<>();
		articles.get(file).get("sentences").forEach(s -> texts.add(s.get("text").asString()));
		return texts;
	}

	/** The id of the sentence of a file that starts with the given words (as the expectations name sentences). */
	Long sentenceId(String file, String opening) {
		JsonNode article = articles.get(file);
		if (article == null) {
			return null;
		}
		for (JsonNode sentence : article.get("sentences")) {
			if (sentence.get("text").asString().startsWith(opening)) {
				return sentence.get("id").asLong();
			}
		}
		String wanted = Names.norm(opening);
		for (JsonNode sentence : article.get("sentences")) {
			String text = Names.norm(sentence.get("text").asString());
			// A sentence split elsewhere than the reader split it still counts when it holds the opening words.
			if (text.startsWith(wanted) || text.contains(wanted) || wanted.startsWith(text) && text.length() > 20) {
				return sentence.get("id").asLong();
			}
		}
		return null;
	}

	/** The ids of a file's sentences that contain a phrase (a value as printed). */
	List<Long> sentencesContaining(String file, String phrase) {
		List<Long> ids = new ArrayList<>();
		JsonNode article = articles.get(file);
		if (article != null) {
			String wanted = Names.norm(phrase);
			article.get("sentences").forEach(s -> {
				if (Names.norm(s.get("text").asString()).contains(wanted)) {
					ids.add(s.get("id").asLong());
				}
			});
		}
		return ids;
	}

}
