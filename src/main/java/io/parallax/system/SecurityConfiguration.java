package io.parallax.system;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.DispatcherType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Readers need no login; only the admin may change anything. The admin area uses a login form, scripts HTTP Basic
 * on {@code /api/admin/**}; both are throttled per client address ({@link LoginThrottle}). Every response carries a
 * strict Content-Security-Policy (the pages use no inline script or style) and the other protective headers; the
 * session cookie is HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS (application.yml).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Parallax");
		http.authorizeHttpRequests(requests -> requests
			// Failures are shown by the error dispatch, whoever caused them.
			.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
			.requestMatchers("/admin/**", "/api/admin/**").hasRole("ADMIN")
			// the rest of the API only reads: any other method is answered 405 by the web layer, for anyone
			.requestMatchers("/api/**").permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
			.requestMatchers(HttpMethod.POST, "/logout").authenticated()
			.requestMatchers(HttpMethod.POST, "/login").permitAll()
			.requestMatchers(HttpMethod.GET, "/**").permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**").permitAll()
			.anyRequest().hasRole("ADMIN"))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll())
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(basic,
					PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutSuccessUrl("/"))
			// scripts call the API without a form: the admin's by Basic authentication, the rest only reads
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * No observation of each security filter, authentication and authorisation: with the actuator on the classpath
	 * Spring Security wrapped every filter of every request in a Micrometer observation, a fifth of the CPU of a page
	 * served from the page cache (JFR), for metrics this app publishes nowhere. The requests' own timings
	 * ({@code http.server.requests}) stay.
	 */
	@Bean
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	LoginThrottleFilter.Outcomes loginOutcomes(LoginThrottle throttle) {
		return new LoginThrottleFilter.Outcomes(throttle);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** The one admin; the password is kept only as its BCrypt hash. */
	@Bean
	UserDetailsService adminUser(AdminProperties properties, PasswordEncoder encoder) {
		String password = properties.password();
		if (password == null || password.isBlank()) {
			password = generatedPassword();
			log.warn("No PARALLAX_ADMIN_PASSWORD is set. Generated admin password for this run: {}", password);
		}
		String hash = encoder.encode(password);
		return username -> {
			if (!properties.username().equals(username)) {
				throw new UsernameNotFoundException("no such user");
			}
			return User.withUsername(username).password(hash).roles("ADMIN").build();
		};
	}

	private static String generatedPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
