package io.parallax.ingest;

import jakarta.persistence.Embeddable;

/**
 * How long one stage of an import took.
 */
@Embeddable
class StageTiming {

	private String stage;

	private long millis;

	protected StageTiming() {
	}

	StageTiming(String stage, long millis) {
		this.stage = stage;
		this.millis = millis;
	}

	String getStage() {
		return stage;
	}

	long getMillis() {
		return millis;
	}

}
