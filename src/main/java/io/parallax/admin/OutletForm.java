package io.parallax.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An outlet named once for all its articles: its name, home page and the other names texts and files give it.
 */
record OutletForm(@NotBlank @Size(max = 120) String name,
		@Size(max = 300) @Pattern(regexp = "^$|https?://\\S+", message = "{curation.url.invalid}") String homePage,
		@Size(max = 1000) String aliases) {
}
