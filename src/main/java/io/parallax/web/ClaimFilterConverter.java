package io.parallax.web;

import java.util.Locale;

import io.parallax.claims.ClaimViews.Show;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads {@code ?show=discrepant} as the claims filter the pages' links spell in lower case; an unknown one is a
 * malformed parameter (400).
 */
@Component
class ClaimFilterConverter implements Converter<String, Show> {

	@Override
	public Show convert(String source) {
		return Show.valueOf(source.strip().toUpperCase(Locale.ROOT));
	}

}
