package io.parallax.web;

import java.util.ArrayList;
import java.util.List;

import io.parallax.summary.SummaryViews.ArticleCoverage;

/**
 * Each article's coverage of the story's claims as an SVG drawn on the server: one row per article, three bars
 * side by side under their own headings (claims it reports, claims only it reports, claims most others report
 * that it leaves out), each with its number written at its end, so that no bar is told apart by colour.
 */
record CoverageChart(int width, int height, List<Measure> measures, List<Row> rows) {

	static final int NAME_WIDTH = 230;

	static final int MEASURE_WIDTH = 170;

	static final int HEADER_HEIGHT = 34;

	static final int ROW_HEIGHT = 30;

	static final int BAR_LENGTH = 120;

	/** One of the three measures: its heading's key and the x where its bars start. */
	record Measure(String key, int x) {
	}

	record Bar(int x, int width, long value) {

		public int textX() {
			return x + width + 5;
		}

	}

	/**
	 * @param y the top of the row's bars
	 * @param shortLabel the label cut to fit, told apart from the others' ({@link QuoteChart#fitApart})
	 */
	record Row(int y, String label, String shortLabel, Long articleId, List<Bar> bars) {
	}

	private static final int ROW_LABEL = 27;

	static CoverageChart of(List<ArticleCoverage> coverage) {
		List<Measure> measures = List.of(new Measure("charts.coverage.claims", NAME_WIDTH),
				new Measure("charts.coverage.alone", NAME_WIDTH + MEASURE_WIDTH),
				new Measure("charts.coverage.omits", NAME_WIDTH + 2 * MEASURE_WIDTH));
		long most = coverage.stream().mapToLong(c -> Math.max(c.claims(), Math.max(c.alone(), c.omits()))).max()
			.orElse(1);
		List<Row> rows = new ArrayList<>();
		List<String> shortLabels = QuoteChart.fitApart(coverage.stream().map(ArticleCoverage::label).toList(), ROW_LABEL);
		for (int r = 0; r < coverage.size(); r++) {
			ArticleCoverage c = coverage.get(r);
			long[] values = { c.claims(), c.alone(), c.omits() };
			List<Bar> bars = new ArrayList<>();
			for (int m = 0; m < values.length; m++) {
				int length = values[m] == 0 ? 0 : (int) Math.max(2, Math.round(BAR_LENGTH * (double) values[m] / Math.max(1, most)));
				bars.add(new Bar(measures.get(m).x(), length, values[m]));
			}
			rows.add(new Row(HEADER_HEIGHT + r * ROW_HEIGHT + 6, c.label(), shortLabels.get(r), c.articleId(), bars));
		}
		return new CoverageChart(NAME_WIDTH + 3 * MEASURE_WIDTH, HEADER_HEIGHT + coverage.size() * ROW_HEIGHT + 8,
				measures, rows);
	}

}
