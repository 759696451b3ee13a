package io.parallax.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}): the first
 * node typed NewsArticle (or a kind of it), else the first Article, BlogPosting or Report, looked for in every
 * script, in arrays and in {@code @graph}. A script that is not valid JSON is passed over, as browsers and search
 * engines do.
 */
record JsonLdArticle(String type, JsonNode node) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> NEWS = Set.of("NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
			"OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle");

	private static final Set<String> ARTICLES = Set.of("Article", "BlogPosting", "Report", "LiveBlogPosting",
			"SocialMediaPosting", "ScholarlyArticle", "TechArticle", "WebPage");

	static Optional<JsonLdArticle> of(Document page) {
		List<JsonNode> nodes = new ArrayList<>();
		for (Element script : page.select("script[type=application/ld+json]")) {
			parse(script.data()).ifPresent(root -> collect(root, nodes));
		}
		Optional<JsonLdArticle> news = first(nodes, NEWS);
		return news.isPresent() ? news : first(nodes, ARTICLES);
	}

	private static Optional<JsonNode> parse(String json) {
		String trimmed = json.strip().replaceAll("^<!\\[CDATA\\[|]]>$", "").replaceAll(";\\s*$", "");
		try {
			return Optional.of(JSON.readTree(trimmed));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static void collect(JsonNode node, List<JsonNode> into) {
		if (node.isArray()) {
			node.forEach(child -> collect(child, into));
		}
		else if (node.isObject()) {
			into.add(node);
			if (node.has("@graph")) {
				collect(node.get("@graph"), into);
			}
		}
	}

	private static Optional<JsonLdArticle> first(List<JsonNode> nodes, Set<String> types) {
		for (JsonNode node : nodes) {
			for (String type : types(node)) {
				if (types.contains(type)) {
					return Optional.of(new JsonLdArticle(type, node));
				}
			}
		}
		return Optional.empty();
	}

	private static List<String> types(JsonNode node) {
		JsonNode type = node.get("@type");
		List<String> types = new ArrayList<>();
		if (type != null && type.isArray()) {
			type.forEach(t -> types.add(t.asString("")));
		}
		else if (type != null) {
			types.add(type.asString(""));
		}
		return types;
	}

	String text(String field) {
		JsonNode value = node.get(field);
		if (value != null && value.isArray() && !value.isEmpty()) {
			value = value.get(0);
		}
		if (value == null || !value.isValueNode()) {
			return null;
		}
		String text = value.asString("").strip();
		return text.isEmpty() ? null : text;
	}

	/** The names of the authors: a string, a Person or Organization, or a list of them. */
	List<String> authors() {
		Set<String> names = new LinkedHashSet<>();
		JsonNode author = node.get("author");
		if (author == null) {
			return List.of();
		}
		for (JsonNode one : author.isArray() ? author : List.of(author)) {
			String name = one.isObject() ? nameOf(one) : one.asString("");
			if (name != null && !name.isBlank()) {
				names.add(name.strip());
			}
		}
		return List.copyOf(names);
	}

	String publisher() {
		JsonNode publisher = node.get("publisher");
		if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
			publisher = publisher.get(0);
		}
		return publisher == null ? null : publisher.isObject() ? nameOf(publisher) : text("publisher");
	}

	String url() {
		String url = text("url");
		if (url != null) {
			return url;
		}
		JsonNode page = node.get("mainEntityOfPage");
		if (page != null && page.isObject() && page.has("@id")) {
			return page.get("@id").asString(null);
		}
		return text("mainEntityOfPage");
	}

	private static String nameOf(JsonNode node) {
		JsonNode name = node.get("name");
		return name == null || !name.isValueNode() ? null : name.asString("");
	}

}
