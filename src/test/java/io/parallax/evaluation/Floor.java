package io.parallax.evaluation;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** A figure of the evaluation and the lowest value it may take: set from a measured value, raised as it improves. */
record Floor(String figure, ToDoubleFunction<EvaluationReport> measure, double floor) {

	boolean holds(EvaluationReport report) {
		return measure.applyAsDouble(report) >= floor - 1e-9;
	}

	String describe(EvaluationReport report) {
		return String.format(Locale.ROOT, "%-44s %.3f (floor %.3f)%s", figure, measure.applyAsDouble(report), floor,
				holds(report) ? "" : "  BELOW");
	}

}
