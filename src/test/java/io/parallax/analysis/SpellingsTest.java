package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingsTest {

	@Test
	void takesTransliterationsForOneName() {
		assertThat(Spellings.same("zelensky", "zelenskiy")).isTrue();
		assertThat(Spellings.same("zelensky", "zelenskyy")).isTrue();
		assertThat(Spellings.same("gaddafi", "gadhafi")).isTrue();
	}

	@Test
	void keepsDifferentNamesApart() {
		assertThat(Spellings.same("trump", "truss")).isFalse();
		assertThat(Spellings.same("putin", "pushkin")).isFalse();
		assertThat(Spellings.same("lee", "lei")).isFalse();
	}

}
