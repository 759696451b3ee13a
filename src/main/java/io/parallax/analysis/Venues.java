package io.parallax.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where something was said, when the sentence says: a platform, a news agency, a briefing, an interview.
 */
final class Venues {

	private static final String PLATFORMS = "X|Twitter|Truth Social|Facebook|Telegram|Instagram|TikTok|YouTube"
			+ "|Threads|Bluesky|Weibo|LinkedIn";

	private static final List<Pattern> PATTERNS = List.of(
			Pattern.compile("\\b(?:on|via)\\s+(?:his|her|their|its)?\\s*(" + PLATFORMS + ")\\b"),
			Pattern.compile("\\b(" + PLATFORMS + ")\\s+(?:post|account|platform|message|video)\\b"),
			Pattern.compile("\\baccording to (?:the )?([\\p{Lu}][\\p{L}]+(?:\\s+[\\p{L}]+){0,2}\\s+(?:news )?(?:service|agency))"),
			Pattern.compile("\\b(?:quoted by|told)\\s+((?:the )?(?:[\\p{L}]+\\s+){0,2}(?:news agencies|agencies|media))"),
			Pattern.compile("\\btold (?:the )?(BBC|CNN|Reuters|AP|AFP|NBC|CBS|ABC|Fox News|[\\p{Lu}][\\p{L}]+ (?:Times|Post|Journal))"),
			Pattern.compile("\\b(?:in|at|during|to)\\s+(an? (?:[\\p{L}-]+\\s+){0,3}(?:briefing|interview|press conference|news "
					+ "conference|statement|speech|post|phone call|call|address|television interview|op-ed))\\b"),
			Pattern.compile("\\b(?:told|telling)\\s+(reporters|journalists)\\b"),
			Pattern.compile("\\b(?:released|issued|published)\\s+(an? (?:[\\p{L}-]+\\s+){0,2}statement)\\b"));

	private Venues() {
	}

	static String find(String text) {
		for (Pattern pattern : PATTERNS) {
			Matcher matcher = pattern.matcher(text);
			if (matcher.find()) {
				return matcher.group(1).strip();
			}
		}
		return null;
	}

}
