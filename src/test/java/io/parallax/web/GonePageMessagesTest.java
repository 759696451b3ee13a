package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A gone claim's or quote's page names its id as its address writes it: "Claim 12345", not "Claim 12,345".
 */
class GonePageMessagesTest {

	@Test
	void anIdIsWrittenAsInItsAddress() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		assertThat(messages.getMessage("claim.gone.intro", new Object[] { 12345L }, Locale.ENGLISH))
			.startsWith("Claim 12345 is no longer");
		assertThat(messages.getMessage("quote.gone.intro", new Object[] { 99999L }, Locale.ENGLISH))
			.startsWith("Quote 99999 is no longer");
	}

}
