package io.parallax.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin login: {@code PARALLAX_ADMIN_USERNAME} and {@code PARALLAX_ADMIN_PASSWORD}. Without a password, one is
 * generated at start-up and logged once.
 *
 * @param maxFailedLogins failed logins after which a name is locked out for {@code lockoutMinutes}
 */
@ConfigurationProperties("parallax.admin")
record AdminProperties(@DefaultValue("admin") String username, String password,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15") int lockoutMinutes) {
}
