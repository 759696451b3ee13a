package io.parallax.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DurationsTest {

	private final Durations durations = new Durations();

	@Test
	void durationsAsPeopleSayThem() {
		assertThat(durations.human(null)).isEqualTo("—");
		assertThat(durations.human(412L)).isEqualTo("412 ms");
		assertThat(durations.human(13_531L)).isEqualTo("13.5 s");
		assertThat(durations.human(125_000L)).isEqualTo("2 min 5 s");
		assertThat(durations.human(180_000L)).isEqualTo("3 min");
		assertThat(durations.human(3_780_000L)).isEqualTo("1 h 3 min");
	}

	@Test
	void momentsInTheSitesWayOfWritingDates() {
		assertThat(durations.when(Instant.parse("2025-08-07T14:02:11Z"))).isEqualTo("7 August 2025, 14:02:11 UTC");
	}

}
