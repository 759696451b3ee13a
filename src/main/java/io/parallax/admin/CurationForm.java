package io.parallax.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An admin's outlet, outlet home page and publication date for an article; empty fields clear them. The date is
 * shown and typed as the site writes dates ("7 August 2025"), not in the browser's own order; ISO dates and short
 * month names are taken too.
 */
record CurationForm(@Size(max = 120) String outlet,
		@Size(max = 300) @Pattern(regexp = "^$|https?://\\S+", message = "{curation.url.invalid}") String outletUrl,
		@DateTimeFormat(pattern = "d MMMM yyyy", fallbackPatterns = { "yyyy-MM-dd", "d MMM yyyy" }) LocalDate publishedOn) {
}
