package io.parallax.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.parallax.analysis.AnalysisCatalog;
import io.parallax.stories.ContentVersion;
import io.parallax.stories.StoryVersions;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which stored data each public address shows, and so which version its response carries: a story's pages, its
 * articles' and its entities' follow the story; the lists of stories follow the newest story.
 */
@Component
class VersionedPaths {

	private record Route(PathPattern pattern, Function<Map<String, String>, Optional<ContentVersion>> version) {
	}

	private final List<Route> routes;

	VersionedPaths(StoryVersions stories, AnalysisCatalog analysis) {
		Function<Map<String, String>, Optional<ContentVersion>> all = vars -> Optional.of(stories.ofAll());
		Function<Map<String, String>, Optional<ContentVersion>> story = vars -> stories.ofStory(vars.get("slug"));
		Function<Map<String, String>, Optional<ContentVersion>> article = vars -> id(vars)
			.flatMap(stories::ofArticle);
		Function<Map<String, String>, Optional<ContentVersion>> entity = vars -> id(vars)
			.flatMap(analysis::versionOfEntity);
		this.routes = List.of(route("/", all), route("/api/stories", all), route("/stories/{slug}/**", story),
				route("/api/stories/{slug}/**", story), route("/articles/{id}/**", article),
				route("/api/articles/{id}/**", article), route("/entities/{id}", entity),
				route("/api/entities/{id}", entity), route("/search", all), route("/api/search", all), route("/feeds/stories.atom", all),
				// a claim or quote by id alone: any import may move or retire it, so the newest change versions it
				route("/claims/{id}", all), route("/api/claims/{id}", all), route("/quotes/{id}", all),
				route("/api/quotes/{id}", all));
	}

	/** Empty when the address shows no stored story data, or names a story, article or entity that does not exist. */
	Optional<ContentVersion> versionOf(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (Route route : routes) {
			PathPattern.PathMatchInfo match = route.pattern().matchAndExtract(container);
			if (match != null) {
				return route.version().apply(match.getUriVariables());
			}
		}
		return Optional.empty();
	}

	boolean isVersioned(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return routes.stream().anyMatch(route -> route.pattern().matches(container));
	}

	private static Route route(String pattern, Function<Map<String, String>, Optional<ContentVersion>> version) {
		return new Route(PathPatternParser.defaultInstance.parse(pattern), version);
	}

	private static Optional<Long> id(Map<String, String> variables) {
		try {
			return Optional.of(Long.valueOf(variables.get("id")));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
