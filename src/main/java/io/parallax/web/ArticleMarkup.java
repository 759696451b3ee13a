package io.parallax.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parallax.analysis.AnalysisViews.Mark;
import io.parallax.stories.ArticlePage;
import io.parallax.stories.ArticlePage.SentenceLine;
import io.parallax.web.MarkedParagraph.Segment;

/**
 * Cuts an article's paragraphs at the marks the analysis stored. Marks never overlap on the page: a quote wins over
 * a cited source, which wins over a name. A name is linked at its first mention in each paragraph only: linking
 * every "Trump" and "Russia" makes the text hard to read, and one link a paragraph is enough to follow it.
 */
final class ArticleMarkup {

	private static final List<String> PRIORITY = List.of("QUOTE", "SOURCE", "ENTITY");

	private ArticleMarkup() {
	}

	static List<MarkedParagraph> of(ArticlePage article, List<Mark> marks) {
		Map<Long, SentenceLine> sentences = new HashMap<>();
		article.sentences().forEach(s -> sentences.put(s.id(), s));
		Map<Integer, List<int[]>> spans = new HashMap<>();
		Map<int[], Mark> owners = new HashMap<>();
		marks.stream().sorted(Comparator.comparingInt(m -> PRIORITY.indexOf(m.type()))).forEach(mark -> {
			SentenceLine sentence = sentences.get(mark.sentenceId());
			if (sentence == null) {
				return;
			}
			int length = article.paragraphs().get(sentence.paragraph()).text().length();
			int[] span = { sentence.start() + mark.start(), Math.min(length, sentence.start() + mark.end()) };
			List<int[]> taken = spans.computeIfAbsent(sentence.paragraph(), p -> new ArrayList<>());
			if (span[0] < span[1] && taken.stream().noneMatch(t -> t[0] < span[1] && span[0] < t[1])) {
				taken.add(span);
				owners.put(span, mark);
			}
		});
		List<MarkedParagraph> paragraphs = new ArrayList<>();
		for (int p = 0; p < article.paragraphs().size(); p++) {
			ArticlePage.Paragraph paragraph = article.paragraphs().get(p);
			List<int[]> taken = spans.getOrDefault(p, List.of());
			paragraphs.add(new MarkedParagraph(paragraph.heading(), segments(paragraph.text(), taken, owners)));
		}
		return paragraphs;
	}

	private static List<Segment> segments(String text, List<int[]> spans, Map<int[], Mark> owners) {
		List<int[]> ordered = new ArrayList<>(spans);
		ordered.sort(Comparator.comparingInt(s -> s[0]));
		List<Segment> segments = new ArrayList<>();
		java.util.Set<Long> linked = new java.util.HashSet<>();
		int at = 0;
		for (int[] span : ordered) {
			if (span[0] > at) {
				segments.add(new Segment(text.substring(at, span[0]), null, null, null));
			}
			Mark mark = owners.get(span);
			boolean repeatedName = "ENTITY".equals(mark.type()) && !linked.add(mark.entityId());
			segments.add(repeatedName ? new Segment(text.substring(span[0], span[1]), null, null, null)
					: new Segment(text.substring(span[0], span[1]), mark.type(), mark.entityId(), mark.label()));
			at = span[1];
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null, null, null));
		}
		return segments;
	}

}
