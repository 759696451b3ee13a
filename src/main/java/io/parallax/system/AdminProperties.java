package io.parallax.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin login: {@code PARALLAX_ADMIN_USERNAME} and {@code PARALLAX_ADMIN_PASSWORD}. Without a password, one is
 * generated at start-up and logged once.
 *
 * @param freeFailures failed logins from one address for one name before each further one makes it wait, twice as
 *     long each time (1 s, 2 s, 4 s…) up to {@code maxDelay}; an address trying many names gets ten times as many
 * @param maxDelay the longest wait
 */
@ConfigurationProperties("parallax.admin")
record AdminProperties(@DefaultValue("admin") String username, String password, @DefaultValue("3") int freeFailures,
		@DefaultValue("15m") Duration maxDelay) {
}
