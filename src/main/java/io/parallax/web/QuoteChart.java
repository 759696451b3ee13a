package io.parallax.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.parallax.analysis.QuoteTally.SpeakerQuotes;
import io.parallax.stories.ArticleCard;

/**
 * "Who is quoted most, and by whom?" as an SVG drawn on the server: one row per speaker, most quoted first; one
 * column per article, where a circle's area grows with the number of quotes and the number is written beside it,
 * so that nothing is told by size or colour alone; a bar at the end for the speaker's quotes in all. The geometry
 * is worked out here so the template only places it.
 */
record QuoteChart(int width, int height, List<Column> columns, List<Row> rows, int totalX) {

	static final int NAME_WIDTH = 190;

	static final int COLUMN_WIDTH = 64;

	static final int HEADER_HEIGHT = 135;

	static final int ROW_HEIGHT = 36;

	static final int TOTAL_WIDTH = 170;

	static final double MAX_RADIUS = 13;

	/** An article's column: {@code x} is its centre; {@code shortLabel} its label cut to fit ({@link #fitApart}). */
	record Column(int x, String label, String shortLabel, Long articleId) {
	}

	private static final int COLUMN_LABEL = 20;

	record Cell(int x, long count, double radius) {
	}

	/** @param y the row's middle line */
	record Row(int y, String speaker, Long entityId, long total, List<Cell> cells, int barWidth) {

		public String shortSpeaker() {
			return fit(speaker, 24);
		}

	}

	static QuoteChart of(List<ArticleCard> articles, List<SpeakerQuotes> speakers) {
		List<Column> columns = new ArrayList<>();
		List<String> shortLabels = fitApart(articles.stream().map(ArticleCard::label).toList(), COLUMN_LABEL);
		for (int i = 0; i < articles.size(); i++) {
			columns.add(new Column(NAME_WIDTH + i * COLUMN_WIDTH + COLUMN_WIDTH / 2, articles.get(i).label(),
					shortLabels.get(i), articles.get(i).id()));
		}
		long most = speakers.stream().mapToLong(SpeakerQuotes::total).max().orElse(1);
		long mostInOne = speakers.stream().flatMap(s -> s.byArticle().values().stream()).mapToLong(Long::longValue)
			.max().orElse(1);
		int totalX = NAME_WIDTH + articles.size() * COLUMN_WIDTH + 12;
		List<Row> rows = new ArrayList<>();
		for (int r = 0; r < speakers.size(); r++) {
			SpeakerQuotes speaker = speakers.get(r);
			List<Cell> cells = new ArrayList<>();
			for (Column column : columns) {
				long count = speaker.in(column.articleId());
				cells.add(new Cell(column.x() - 6, count, count == 0 ? 0 : radius(count, mostInOne)));
			}
			int bar = (int) Math.max(2, Math.round((TOTAL_WIDTH - 40) * (double) speaker.total() / most));
			rows.add(new Row(HEADER_HEIGHT + r * ROW_HEIGHT + ROW_HEIGHT / 2, speaker.speaker(), speaker.entityId(),
					speaker.total(), cells, bar));
		}
		return new QuoteChart(totalX + TOTAL_WIDTH, HEADER_HEIGHT + speakers.size() * ROW_HEIGHT + 8, columns, rows,
				totalX);
	}

	/** Where the column headings stand, above the first row. */
	public int labelY() {
		return HEADER_HEIGHT - 8;
	}

	/**
	 * A label cut to fit its place in a chart, between words where a word ends in its second half (a word cut in
	 * two, "Puti…", reads as another word); the table under the chart gives it whole.
	 */
	static String fit(String label, int characters) {
		if (label.length() <= characters) {
			return label;
		}
		String cut = label.substring(0, characters - 1);
		int space = cut.lastIndexOf(' ');
		boolean betweenWords = Character.isWhitespace(label.charAt(characters - 1));
		return (betweenWords || space < characters / 2 ? cut : cut.substring(0, space)).strip() + "…";
	}

	/**
	 * Labels cut to fit, told apart: two headlines that open alike ("“Trump and Putin to meet in coming days…”",
	 * "“Trump and Putin to Meet Amid Ukraine War…”") would be cut to the same words, so such labels are numbered in
	 * their order, as the table under the chart lists them.
	 */
	static List<String> fitApart(List<String> labels, int characters) {
		List<String> fitted = labels.stream().map(label -> fit(label, characters)).toList();
		Map<String, Long> times = fitted.stream().collect(Collectors.groupingBy(f -> f, Collectors.counting()));
		Map<String, Integer> seen = new HashMap<>();
		List<String> apart = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			String label = fitted.get(i);
			apart.add(times.get(label) == 1 ? label
					: fit(labels.get(i), characters - 4) + " (" + seen.merge(label, 1, Integer::sum) + ")");
		}
		return apart;
	}

	/** A circle whose area, not radius, is proportional to the count. */
	private static double radius(long count, long most) {
		return Math.round(Math.max(3, MAX_RADIUS * Math.sqrt((double) count / most)) * 10) / 10.0;
	}

}
