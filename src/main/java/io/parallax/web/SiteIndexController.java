package io.parallax.web;

import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.parallax.stories.StoryFeeds;
import io.parallax.stories.StoryFeeds.Address;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What search engines read first: {@code robots.txt} (the admin's pages and forms are no one's to crawl) and a
 * sitemap of every story and current article with the time it last changed, written with the JDK's XML writer.
 */
@RestController
class SiteIndexController {

	private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The sitemap protocol's limit for one file. */
	private static final int SITEMAP_URLS = 50_000;

	private final StoryFeeds feeds;

	SiteIndexController(StoryFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots() {
		return """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Disallow: /api/admin/

				Sitemap: %s
				""".formatted(absolute("/sitemap.xml"));
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
		url(xml, absolute("/"), null);
		for (Address address : feeds.addresses(SITEMAP_URLS - 1)) {
			url(xml, absolute(address.path()),
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(address.changedAt().atOffset(ZoneOffset.UTC)));
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
			.body(text.toString());
	}

	private static void url(XMLStreamWriter xml, String location, String changed) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(location);
		xml.writeEndElement();
		if (changed != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(changed);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

}
