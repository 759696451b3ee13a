package io.parallax.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An admin's outlet, outlet home page and publication date for an article; empty fields clear them.
 */
record CurationForm(@Size(max = 120) String outlet,
		@Size(max = 300) @Pattern(regexp = "^$|https?://\\S+", message = "{curation.url.invalid}") String outletUrl,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn) {
}
