package io.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.ingest.LaidOutLine.Role;
import io.parallax.ingest.ParsedArticle.HeadlineSource;
import io.parallax.stories.ParagraphContent;
import io.parallax.stories.ParagraphKind;
import io.parallax.text.SentenceSpan;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.SiteFurniture;
import io.parallax.text.SiteFurniture.PublisherFooter;

/**
 * Parses the text of one news article: headline, byline, standfirst, publication date, outlet, body paragraphs
 * and sentences, and the site furniture set aside. Works by the shape of the text, for any outlet; nothing is
 * guessed: an outlet is known only when the text names its publisher.
 */
class ArticleParser {

	private static final int DERIVED_TITLE_WORDS = 12;

	private static final int MAX_DERIVED_TITLE_CHARS = 160;

	private final SentenceSplitter sentences;

	ArticleParser(SentenceSplitter sentences) {
		this.sentences = sentences;
	}

	ParsedArticle parse(String text) throws UnreadableArticleException {
		TextLayout layout = TextLayout.of(text);
		List<LaidOutLine> content = layout.content();
		int bodyStart = assignHeader(content);
		List<ParagraphContent> paragraphs = body(content.subList(bodyStart, content.size()));
		if (paragraphs.stream().noneMatch(p -> p.kind() == ParagraphKind.TEXT)) {
			throw new UnreadableArticleException("no body text: nothing in the file reads as article paragraphs");
		}
		PublisherFooter footer = layout.footer()
			.or(() -> SiteFurniture.wireAgency(paragraphs.get(0).text()).map(agency -> new PublisherFooter(null, agency)))
			.orElse(null);
		String headline = find(content, Role.HEADLINE);
		HeadlineSource source = headline != null ? HeadlineSource.TEXT
				: footer != null && footer.headline() != null ? HeadlineSource.FOOTER : HeadlineSource.DERIVED;
		if (source == HeadlineSource.FOOTER) {
			headline = footer.headline();
		}
		else if (source == HeadlineSource.DERIVED) {
			headline = derivedTitle(paragraphs);
		}
		String outlet = footer == null ? null : footer.outlet();
		Matcher named = source == HeadlineSource.TEXT ? PUBLISHER_AFTER_HEADLINE.matcher(headline) : null;
		if (named != null && named.matches()) {
			headline = named.group(1).strip();
			outlet = outlet != null ? outlet : named.group(2).strip();
		}
		return new ParsedArticle(headline, source, find(content, Role.STANDFIRST), authors(find(content, Role.BYLINE)),
				layout.publishedOn().orElse(null), outlet, paragraphs, furniture(layout.lines()), wordCount(paragraphs),
				List.of());
	}

	/**
	 * A headline copied from a page's title with its publisher after a bar ("Huckabee announces 2016 White House bid |
	 * Fox News"): the name is the outlet, not part of the headline. Only a bar, and a short capitalised name: a dash
	 * or a colon is as often part of a headline ("Trump – the deal", "Brexit: what now").
	 */
	private static final Pattern PUBLISHER_AFTER_HEADLINE = Pattern
		.compile("(.{10,}?)\\s+\\|\\s+(\\p{Lu}[\\p{L}\\p{N}.&'’]*(?:\\s+[\\p{Lu}&][\\p{L}\\p{N}.&'’]*){0,3})");

	/** Gives the header lines their roles; returns where the body starts. */
	private static int assignHeader(List<LaidOutLine> content) {
		int next = skipNavigation(content);
		int headline = -1;
		if (content.size() - next >= 2 && HeaderRules.isHeadline(content.get(next).text())) {
			headline = next;
			content.get(next++).assign(Role.HEADLINE);
		}
		String byline = null;
		while (next < content.size() - 1 && (headline >= 0 || isByPrefixed(content.get(next)))
				&& HeaderRules.isByline(content.get(next).text())
				&& (byline == null || byline.equals(content.get(next).text()))) {
			content.get(next).assign(byline == null ? Role.BYLINE : Role.FURNITURE);
			byline = content.get(next++).text();
		}
		if (byline != null && next < content.size() - 1 && HeaderRules.isBylineRole(content.get(next).text())) {
			content.get(next++).assign(Role.FURNITURE);
		}
		if (headline >= 0 && next < content.size() - 1
				&& HeaderRules.isStandfirst(content.get(next), content.subList(next + 1, content.size()))) {
			content.get(next++).assign(Role.STANDFIRST);
		}
		retireRepeatedBylines(content.subList(next, content.size()), byline);
		return next;
	}

	/** "Home", "World", "Asia": a site's navigation trail above the headline. */
	private static int skipNavigation(List<LaidOutLine> content) {
		int run = 0;
		while (run < content.size() && HeaderRules.isNavigation(content.get(run).text())) {
			run++;
		}
		boolean headlineFollows = run > 0 && run + 1 < content.size()
				&& HeaderRules.isHeadline(content.get(run).text()) && !HeaderRules.isNavigation(content.get(run).text());
		if (!headlineFollows) {
			return 0;
		}
		content.subList(0, run).forEach(line -> line.assign(Role.FURNITURE));
		return run;
	}

	private static boolean isByPrefixed(LaidOutLine line) {
		return line.text().regionMatches(true, 0, "by ", 0, 3);
	}

	private static void retireRepeatedBylines(List<LaidOutLine> body, String byline) {
		body.stream().filter(line -> line.text().equals(byline)).forEach(line -> line.assign(Role.FURNITURE));
	}

	private List<ParagraphContent> body(List<LaidOutLine> lines) throws UnreadableArticleException {
		List<LaidOutLine> body = lines.stream().filter(l -> l.role() == Role.BODY).toList();
		List<ParagraphContent> paragraphs = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			// A parse over its time budget is interrupted (TimeBudget); stop at the next paragraph.
			if (Thread.currentThread().isInterrupted()) {
				throw new UnreadableArticleException("parsing was stopped: it took too long");
			}
			String text = body.get(i).text();
			boolean textFollows = i + 1 < body.size() && !HeaderRules.isSubheading(body.get(i + 1).text());
			if (textFollows && HeaderRules.isSubheading(text)) {
				paragraphs.add(new ParagraphContent(ParagraphKind.HEADING, text, List.of()));
			}
			else {
				paragraphs.add(new ParagraphContent(ParagraphKind.TEXT, text, sentences.split(text)));
			}
		}
		return paragraphs;
	}

	/** "By Ana Pérez and John O'Neill" names "Ana Pérez and John O'Neill". */
	private static String authors(String byline) {
		return byline == null ? null : byline.replaceFirst("(?i)^by\\s+", "");
	}

	private static String find(List<LaidOutLine> content, Role role) {
		return content.stream().filter(l -> l.role() == role).map(LaidOutLine::text).findFirst().orElse(null);
	}

	private static List<String> furniture(List<LaidOutLine> lines) {
		return lines.stream().filter(l -> l.role() == Role.FURNITURE).map(LaidOutLine::text).toList();
	}

	/** The opening words of the first sentence, for a file that has no headline of its own. */
	static String derivedTitle(List<ParagraphContent> paragraphs) {
		SentenceSpan first = paragraphs.stream()
			.flatMap(p -> p.sentences().stream())
			.findFirst()
			.orElseThrow();
		String[] words = first.text().split("\\s+");
		if (words.length <= DERIVED_TITLE_WORDS && first.text().length() <= MAX_DERIVED_TITLE_CHARS) {
			return first.text();
		}
		String opening = String.join(" ", List.of(words).subList(0, Math.min(words.length, DERIVED_TITLE_WORDS)));
		if (opening.length() > MAX_DERIVED_TITLE_CHARS) {
			opening = opening.substring(0, MAX_DERIVED_TITLE_CHARS);
		}
		return opening.replaceAll("[\\p{P}&&[^)”’\"']]+$", "") + "…";
	}

	private static int wordCount(List<ParagraphContent> paragraphs) {
		return paragraphs.stream().mapToInt(p -> TextShapes.words(p.text())).sum();
	}

}
