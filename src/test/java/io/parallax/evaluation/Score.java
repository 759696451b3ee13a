package io.parallax.evaluation;

/**
 * How well one stage did on one story or on many: of what it found, how much is right (precision); of what a
 * reader expected, how much it found (recall); and, of what it got right, how often a detail is right too (a
 * speaker, a kind, a resolved date). With one-to-one pairing both counts of right things are the pairs.
 */
record Score(int found, int foundRight, int expected, int expectedFound, int detailRight, int detailTotal) {

	static final Score NONE = new Score(0, 0, 0, 0, 0, 0);

	static Score paired(int found, int expected, int pairs) {
		return new Score(found, pairs, expected, pairs, 0, 0);
	}

	Score withDetail(int right, int total) {
		return new Score(found, foundRight, expected, expectedFound, right, total);
	}

	double precision() {
		return found == 0 ? 1 : (double) foundRight / found;
	}

	double recall() {
		return expected == 0 ? 1 : (double) expectedFound / expected;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	/** The share of right things whose detail is right too; 1 when there was no detail to check. */
	double detail() {
		return detailTotal == 0 ? 1 : (double) detailRight / detailTotal;
	}

	Score plus(Score other) {
		return new Score(found + other.found, foundRight + other.foundRight, expected + other.expected,
				expectedFound + other.expectedFound, detailRight + other.detailRight, detailTotal + other.detailTotal);
	}

}
