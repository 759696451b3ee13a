package io.parallax.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.AnalysisViews.Mark;
import io.parallax.stories.ArticlePage;
import io.parallax.stories.ArticlePage.SentenceLine;
import io.parallax.web.MarkedParagraph.Segment;

/**
 * Cuts an article's paragraphs into sentences and at the marks the analysis stored. Marks never overlap on the
 * page: a quote wins over a cited source, which wins over a name. A name is linked at its first mention in each paragraph only: linking
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
		Map<Integer, List<SentenceLine>> byParagraph = new HashMap<>();
		article.sentences().forEach(s -> byParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s));
		byParagraph.values().forEach(lines -> lines.sort(Comparator.comparingInt(SentenceLine::start)));
		List<MarkedParagraph> paragraphs = new ArrayList<>();
		for (int p = 0; p < article.paragraphs().size(); p++) {
			ArticlePage.Paragraph paragraph = article.paragraphs().get(p);
			List<int[]> taken = spans.getOrDefault(p, List.of());
			List<SentenceLine> lines = byParagraph.getOrDefault(p, List.of());
			paragraphs.add(new MarkedParagraph(paragraph.heading(),
					sentences(paragraph.text(), lines, segments(paragraph.text(), taken, owners))));
		}
		return paragraphs;
	}

	/** Segments with where they start in their paragraph, so that they can be cut at sentence boundaries. */
	private record Placed(int start, Segment segment) {

		int end() {
			return start + segment.text().length();
		}

		Placed cut(int from, int to) {
			int a = Math.max(from, start);
			int b = Math.min(to, end());
			return new Placed(a, new Segment(segment.text().substring(a - start, b - start), segment.type(),
					segment.entityId(), segment.label()));
		}

	}

	private static List<Placed> segments(String text, List<int[]> spans, Map<int[], Mark> owners) {
		List<int[]> ordered = new ArrayList<>(spans);
		ordered.sort(Comparator.comparingInt(s -> s[0]));
		List<Placed> segments = new ArrayList<>();
		Set<Long> linked = new HashSet<>();
		int at = 0;
		for (int[] span : ordered) {
			if (span[0] > at) {
				segments.add(new Placed(at, new Segment(text.substring(at, span[0]), null, null, null)));
			}
			Mark mark = owners.get(span);
			boolean repeatedName = "ENTITY".equals(mark.type()) && !linked.add(mark.entityId());
			segments.add(new Placed(span[0], repeatedName ? new Segment(text.substring(span[0], span[1]), null, null, null)
					: new Segment(text.substring(span[0], span[1]), mark.type(), mark.entityId(), mark.label())));
			at = span[1];
		}
		if (at < text.length()) {
			segments.add(new Placed(at, new Segment(text.substring(at), null, null, null)));
		}
		return segments;
	}

	/**
	 * Cuts a paragraph's segments at its sentences' starts; the space after a sentence stays with it, and a mark
	 * that runs over two sentences (a quote of several) is cut in two.
	 */
	private static List<MarkedParagraph.Sentence> sentences(String text, List<SentenceLine> lines,
			List<Placed> segments) {
		if (lines.isEmpty()) {
			return List.of(new MarkedParagraph.Sentence(null, segments.stream().map(Placed::segment).toList()));
		}
		List<MarkedParagraph.Sentence> sentences = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			int from = i == 0 ? 0 : lines.get(i).start();
			int to = i + 1 < lines.size() ? lines.get(i + 1).start() : text.length();
			List<Segment> inside = segments.stream()
				.filter(s -> s.start() < to && s.end() > from)
				.map(s -> s.cut(from, to).segment())
				.filter(s -> !s.text().isEmpty())
				.toList();
			sentences.add(new MarkedParagraph.Sentence(lines.get(i).id(), inside));
		}
		return sentences;
	}

}
