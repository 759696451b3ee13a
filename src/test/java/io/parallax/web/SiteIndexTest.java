package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * robots.txt keeps crawlers out of the admin's pages and names the sitemap; the sitemap lists the stories and
 * their current articles with when they changed.
 */
@IntegrationTest
class SiteIndexTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void robotsKeepOutOfTheAdminAndNameTheSitemap() {
		assertThat(mvc.get().uri("/robots.txt")).hasStatusOk().hasContentTypeCompatibleWith("text/plain").bodyText()
			.contains("User-agent: *", "Disallow: /admin", "Disallow: /api/admin/", "Sitemap: http://localhost/sitemap.xml");
	}

	@Test
	void theSitemapListsTheStoriesAndTheirArticles() {
		SeedStory seeds = new SeedStory(mvc);
		assertThat(mvc.get().uri("/sitemap.xml")).hasStatusOk().hasContentTypeCompatibleWith("application/xml")
			.bodyText()
			.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
			.contains("<loc>http://localhost/</loc>")
			.contains("<loc>http://localhost/stories/" + seeds.slug() + "</loc><lastmod>")
			.contains("<loc>http://localhost/articles/" + seeds.articleId("002_7a0600d7a3d15911.txt") + "</loc>");
	}

	@Test
	void aLinkedParagraphIsMarkedOnArrivalWithMoreThanColour() {
		assertThat(mvc.get().uri("/css/parallax.css")).bodyText().contains(":target {").contains("outline: 3px solid");
	}

}
