package io.parallax.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated OpenAPI document says about the API as a whole; its paths and schemas come from the
 * controllers and their records.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI parallaxApi() {
		return new OpenAPI().info(new Info().title("Parallax API")
			.version("1")
			.description("""
					One news story through every outlet that covered it, as JSON (and CSV and Atom): stories, articles, \
					quotes, sources, names, claims, timelines and search. Everything is computed at import; reads are \
					cached with ETags (send If-None-Match). Long lists come a page at a time (?page=N&size=M) with a \
					Link header to the other pages and X-Total-Count. Errors are RFC 9457 problems \
					(application/problem+json). Writing needs the admin (HTTP Basic).""")
			.license(new License().name("See the README")));
	}

	/**
	 * Each response under the media type the route really sends, where the mapping leaves it open ("*&#47;*"):
	 * CSV for the exports, Atom for the feeds, JSON for the rest. Declaring {@code produces} on the mappings instead
	 * would also make them refuse a client's other Accept header, and their errors with it.
	 */
	@Bean
	OpenApiCustomizer mediaTypesByRoute() {
		return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			if (operation.getResponses() == null) {
				return;
			}
			String type = path.endsWith(".csv") ? "text/csv" : path.endsWith(".atom") ? "application/atom+xml"
					: "application/json";
			operation.getResponses().values().forEach(response -> {
				Content content = response.getContent();
				if (content != null && content.containsKey("*/*")) {
					content.addMediaType(type, content.remove("*/*"));
				}
			});
		}));
	}

}
