package io.parallax.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.parallax.claims.DisagreementFeed;
import io.parallax.claims.DisagreementFeed.Disagreement;
import io.parallax.claims.DisagreementFeed.Value;
import io.parallax.stories.StoryCatalog;
import io.parallax.stories.StoryFeeds;
import io.parallax.stories.StoryFeeds.ArticleEntry;
import io.parallax.stories.StoryFeeds.StoryEntry;
import io.parallax.stories.StoryHeader;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds, written by ROME: the stories, newest change first (a story's entry is updated whenever an import
 * changes it), each story's articles, the last imported first, and each story's disagreements (claims whose
 * articles give conflicting values), the newest first. Entry ids are the pages' permanent addresses.
 */
@RestController
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final int ENTRIES = 50;

	private final StoryFeeds feeds;

	private final StoryCatalog stories;

	private final DisagreementFeed disagreements;

	private final MessageSource messages;

	FeedController(StoryFeeds feeds, StoryCatalog stories, DisagreementFeed disagreements, MessageSource messages) {
		this.feeds = feeds;
		this.disagreements = disagreements;
		this.stories = stories;
		this.messages = messages;
	}

	@GetMapping("/feeds/stories.atom")
	ResponseEntity<String> stories() throws FeedException {
		List<StoryEntry> recent = feeds.recentStories(ENTRIES);
		Feed feed = feed("/feeds/stories.atom", "/", message("feed.stories"),
				recent.stream().map(StoryEntry::changedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH));
		feed.setEntries(recent.stream().map(this::entry).toList());
		return atom(feed);
	}

	@GetMapping("/stories/{slug}/feed.atom")
	ResponseEntity<String> story(@PathVariable String slug) throws FeedException {
		StoryHeader story = stories.header(slug);
		List<ArticleEntry> recent = feeds.recentArticles(story.id(), ENTRIES);
		String page = "/stories/" + slug;
		Feed feed = feed(page + "/feed.atom", page, message("feed.story", story.title()),
				recent.stream().map(ArticleEntry::updatedAt).max(Comparator.naturalOrder()).orElse(story.changedAt()));
		feed.setEntries(recent.stream().map(this::entry).toList());
		return atom(feed);
	}

	/** The story's claims the articles disagree on, the most recently first seen disagreeing first. */
	@GetMapping("/stories/{slug}/disagreements.atom")
	ResponseEntity<String> disagreements(@PathVariable String slug) throws FeedException {
		StoryHeader story = stories.header(slug);
		List<Disagreement> recent = disagreements.recent(story.id(), ENTRIES);
		String page = "/stories/" + slug + "/claims?show=discrepant";
		Feed feed = feed("/stories/" + slug + "/disagreements.atom", page, message("feed.disagreements", story.title()),
				// with none, the feed is as new as the comparison that found none
				recent.stream().map(Disagreement::firstSeen).max(Comparator.naturalOrder()).orElse(story.changedAt()));
		feed.setEntries(recent.stream().map(disagreement -> entry(slug, disagreement)).toList());
		return atom(feed);
	}

	private Feed feed(String self, String page, String title, Instant updated) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(absolute(self));
		feed.setTitle(title);
		feed.setUpdated(Date.from(updated));
		feed.setLanguage("en");
		feed.setAuthors(List.of(person(message("app.name"))));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", absolute(page))));
		feed.setOtherLinks(List.of(link("self", ATOM.toString(), absolute(self))));
		return feed;
	}

	private Entry entry(StoryEntry story) {
		Entry entry = new Entry();
		String page = absolute("/stories/" + story.slug());
		entry.setId(page);
		entry.setTitle(story.title());
		entry.setPublished(Date.from(story.createdAt()));
		entry.setUpdated(Date.from(story.changedAt()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
		entry.setSummary(text(message("feed.storySummary", story.articleCount(), story.outletCount())));
		return entry;
	}

	private Entry entry(ArticleEntry article) {
		Entry entry = new Entry();
		String page = absolute("/articles/" + article.id());
		entry.setId(page);
		entry.setTitle(article.headline());
		// when the outlet published it, as readers date an article; when Parallax got it, where the file gives no date
		entry.setPublished(Date.from(article.publishedOn() != null
				? article.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant() : article.importedAt()));
		entry.setUpdated(Date.from(article.updatedAt()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
		if (article.byline() != null) {
			entry.setAuthors(List.of(person(article.byline())));
		}
		String outlet = article.outlet() != null ? article.outlet() : message("feed.unattributed");
		String summary = article.standfirst() != null ? article.standfirst() : article.lead();
		entry.setSummary(text(summary == null ? outlet : outlet + ": " + summary));
		return entry;
	}

	private Entry entry(String slug, Disagreement disagreement) {
		Entry entry = new Entry();
		String page = absolute("/stories/" + slug + "/claims/" + disagreement.claimId());
		entry.setId(page);
		entry.setTitle(disagreement.statement());
		entry.setPublished(Date.from(disagreement.firstSeen()));
		entry.setUpdated(Date.from(disagreement.firstSeen()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
		String summary = disagreement.values().stream()
			.collect(Collectors.groupingBy(Value::kind, LinkedHashMap::new,
					Collectors.mapping(this::given, Collectors.joining("; "))))
			.entrySet().stream()
			.map(slot -> message("feed.disagreementSlot", message("claims.difference." + slot.getKey()), slot.getValue()))
			.collect(Collectors.joining(" "));
		int unlisted = disagreement.valueCount() - disagreement.values().size();
		entry.setSummary(text(unlisted > 0 ? summary + " " + message("feed.disagreementMoreValues", unlisted) : summary));
		return entry;
	}

	/** Who gives a value, e.g. "BBC and CNN say “four trips”", or "BBC, CNN, Fox and 12 more say …". */
	private String given(Value value) {
		List<String> names = value.articles();
		int more = value.articleCount() - names.size();
		if (more > 0) {
			return message("feed.disagreementValueMore", String.join(", ", names), more, value.value());
		}
		String who = names.size() == 1 ? names.get(0)
				: message("feed.namesJoined", String.join(", ", names.subList(0, names.size() - 1)),
						names.get(names.size() - 1));
		return message(names.size() == 1 ? "feed.disagreementValue" : "feed.disagreementValues", who, value.value());
	}

	private static ResponseEntity<String> atom(Feed feed) throws FeedException {
		return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
	}

	private static Person person(String name) {
		Person person = new Person();
		person.setName(name);
		return person;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	private static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
