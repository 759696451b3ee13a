package io.parallax.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises whole lines that a web page puts around an article and that are not article text: advertisement
 * markers, share and comment prompts, follow-us links, labels, publisher footers. The parser sets such lines aside;
 * the summariser checks each sentence against the same patterns, for furniture that shared a line with article text.
 */
public final class SiteFurniture {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final List<Pattern> LINES = List.of(
			Pattern.compile("[-–—\\s]*advert(isement)?[-–—\\s]*", FLAGS),
			Pattern.compile("(ad\\s*image\\s*)+", FLAGS),
			Pattern.compile("(story|article) continues (below|after)( (this )?advertisement)?", FLAGS),
			Pattern.compile("share( this| the)?( article| story| post| page)?( on \\w+)?( via \\w+)?\\s*:?", FLAGS),
			Pattern.compile("(leave|post|add|write) a (comment|reply)", FLAGS),
			Pattern.compile("(\\d+\\s+)?comments?|(view|show|read) (all )?comments.*", FLAGS),
			Pattern.compile("your email address will not be published.*", FLAGS),
			Pattern.compile("required fields are marked.*", FLAGS),
			Pattern.compile("(follow|connect with|like) us( on [\\w ,&]+)?\\s*:?", FLAGS),
			Pattern.compile("(published|updated|posted|last updated)( on| at)?\\s*:?", FLAGS),
			Pattern.compile("(published|updated|posted)\\s+\\d+\\s+(seconds?|minutes?|mins?|hours?|days?|weeks?)\\s+ago",
					FLAGS),
			Pattern.compile("(print|email|e-mail|copy link|save|bookmark|listen|listen to this article)", FLAGS),
			Pattern.compile("(sign up|subscribe)\\b.{0,80}", FLAGS),
			Pattern.compile("(read more|related|related (articles|stories|content)|recommended|most read|trending|"
					+ "more on this story|you may also like|skip to (main )?content)(\\s*:.{0,120})?", FLAGS),
			Pattern.compile("\\(?(image|photo|photograph|video|picture)( source| caption| credit)?\\s*[:,].{0,120}", FLAGS),
			Pattern.compile("(additional )?(reporting|writing|editing|compiled) by .{0,160}", FLAGS),
			Pattern.compile(".{0,80}\\bdelivered (straight )?to your inbox.{0,80}", FLAGS),
			Pattern.compile("enter your (email|e-mail)( address)?\\s*:?", FLAGS),
			Pattern.compile("all rights reserved\\.?", FLAGS),
			Pattern.compile("(tags?|topics?|filed under)\\s*:.*", FLAGS),
			// a navigation block's label, as saved pages print it: "Site Mobile Navigation", "Main menu"
			Pattern.compile("((site|main|mobile|primary|secondary|global|top|footer|section|search)\\s+){0,3}"
					+ "(navigation|nav|menu)(\\s+menu)?", FLAGS),
			Pattern.compile("(click|tap) here\\b.{0,120}", FLAGS));

	/** Lines after which a page lists other stories and topics, not this article. */
	private static final Pattern TAIL_MARKER = Pattern.compile("(related topics|related|related (articles|stories|content)"
			+ "|more on this story|more from .{1,40}|you may also like|most read|most popular|trending|read next"
			+ "|recommended( for you)?|top stories)\\s*:?", FLAGS);

	private static final Pattern WIRE_DATELINE = Pattern
		.compile("\\p{Lu}[\\p{Lu} .'’-]+(?:, [\\p{L} .]+)?,? (?:\\p{L}+\\.? \\d{1,2},? )?\\(([\\p{L}][\\p{L} ]{1,24})\\) ?[-–—].*");

	private static final Pattern POST_FOOTER = Pattern.compile("The post (.+) appeared first on (.+?)\\.?",
			FLAGS);

	private static final Pattern COPYRIGHT = Pattern.compile(
			"(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(.+?)"
					+ "(?:[.,]?\\s*all rights reserved)?\\.?",
			FLAGS);

	private static final int MAX_OUTLET_WORDS = 8;

	private SiteFurniture() {
	}

	public static boolean isFurniture(String line) {
		return LINES.stream().anyMatch(p -> p.matcher(line).matches());
	}

	private static final Pattern PHOTO_CREDIT = Pattern
		.compile("\\(?(image|photo|photograph|picture)( credit)?\\s*:.{0,120}", FLAGS);

	/** "(Photo: AFP/Getty Images)": the line before it is the photo's caption, not article text. */
	public static boolean isPhotoCredit(String line) {
		return PHOTO_CREDIT.matcher(line).matches();
	}

	public static boolean isTailMarker(String line) {
		return TAIL_MARKER.matcher(line).matches();
	}

	/** The agency credited in a wire dateline: "JAKARTA, March 4 (Reuters) - The death toll…". */
	public static Optional<String> wireAgency(String paragraph) {
		Matcher matcher = WIRE_DATELINE.matcher(paragraph);
		return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
	}

	/** "The post HEADLINE appeared first on OUTLET", as WordPress feeds end an article. */
	public static Optional<PublisherFooter> publisherFooter(String line) {
		Matcher post = POST_FOOTER.matcher(line);
		if (post.matches()) {
			return Optional.of(new PublisherFooter(post.group(1).strip(), post.group(2).strip()));
		}
		Matcher copyright = COPYRIGHT.matcher(line);
		if (copyright.matches()) {
			String outlet = copyright.group(1).strip().replaceAll("[.,;:]+$", "");
			if (!outlet.isEmpty() && outlet.split("\\s+").length <= MAX_OUTLET_WORDS) {
				return Optional.of(new PublisherFooter(null, outlet));
			}
		}
		return Optional.empty();
	}

	/**
	 * @param headline the article's headline when the footer names it, else null
	 */
	public record PublisherFooter(String headline, String outlet) {
	}

}
