package io.parallax.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, fingerprinted (/css/parallax-&lt;hash&gt;.css, links rewritten by the templates) and cached for a
 * year: a changed file gets a new address.
 * <p>
 * Mapped by their own folders, not by Spring Boot's default {@code /**}: every link a page builds goes through the
 * resource chain's URL rewriting, and under {@code /**} each one ("/stories/…", "/articles/42") was looked up as a
 * file in four classpath folders, inside the application's jar, on every render. A JFR profile of uncached article
 * and entity pages served from the jar put 77 % of their CPU samples there.
 */
@Component
class StaticFiles implements WebMvcConfigurer {

	static final Duration KEPT = Duration.ofDays(365);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		folder(registry, "/css/**", "classpath:/static/css/");
		folder(registry, "/js/**", "classpath:/static/js/");
		folder(registry, "/favicon.*", "classpath:/static/");
	}

	private static void folder(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(CacheControl.maxAge(KEPT).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
