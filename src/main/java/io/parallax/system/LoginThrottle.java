package io.parallax.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without letting a guesser lock the admin out. Failures count per client address
 * and name, and per address alone (one address trying many names); past a few free ones, each failure makes that
 * address wait twice as long before its next try. A name is never locked for everyone: the real admin logs in
 * from another address while one address hammers the name.
 *
 * <p>The counts live in PostgreSQL, so every instance sharing the database throttles alike; each instance keeps
 * the waits it has seen in a bounded cache (Caffeine), so that a flood of refused tries costs neither the
 * database nor a password hash.
 */
@Component
class LoginThrottle {

	private static final int ADDRESS_FACTOR = 10;

	private static final int MAX_CACHED = 10_000;

	private static final Duration FORGET_AFTER = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AdminProperties properties;

	private final Cache<String, Instant> waits;

	@org.springframework.beans.factory.annotation.Autowired
	LoginThrottle(JdbcClient jdbc, Clock clock, AdminProperties properties) {
		this(jdbc, clock, properties, MAX_CACHED);
	}

	LoginThrottle(JdbcClient jdbc, Clock clock, AdminProperties properties, int maxCached) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
		this.waits = Caffeine.newBuilder().maximumSize(maxCached).expireAfterWrite(properties.maxDelay()).build();
	}

	/** How long this address must wait before it may try this name again; empty when it may now. */
	Optional<Duration> waitFor(String address, String name) {
		List<String> keys = keys(address, name);
		Instant now = clock.instant();
		Instant until = keys.stream().map(waits::getIfPresent).filter(i -> i != null && i.isAfter(now))
			.max(Instant::compareTo)
			.orElseGet(() -> storedWait(keys));
		return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
	}

	@Transactional
	public void failed(String address, String name) {
		Instant now = clock.instant();
		List<String> keys = keys(address, name);
		jdbc.sql("delete from login_throttle where last_failure < ?").param(Timestamp.from(now.minus(FORGET_AFTER)))
			.update();
		remember(keys.get(0), properties.freeFailures(), now);
		remember(keys.get(1), properties.freeFailures() * ADDRESS_FACTOR, now);
	}

	@Transactional
	public void succeeded(String address, String name) {
		List<String> keys = keys(address, name);
		jdbc.sql("delete from login_throttle where key in (:keys)").param("keys", keys).update();
		waits.invalidateAll(keys);
	}

	long cachedEntries() {
		waits.cleanUp();
		return waits.estimatedSize();
	}

	private void remember(String key, int free, Instant now) {
		int failures = jdbc.sql("""
				insert into login_throttle (key, failures, last_failure, blocked_until) values (:key, 1, :now, :now)
				on conflict (key) do update set failures = login_throttle.failures + 1, last_failure = :now
				returning failures""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.query(Integer.class)
			.single();
		if (failures > free) {
			Instant until = now.plus(delay(failures - free));
			jdbc.sql("update login_throttle set blocked_until = :until where key = :key")
				.param("until", Timestamp.from(until))
				.param("key", key)
				.update();
			waits.put(key, until);
		}
	}

	/** 1 s after the first failure past the free ones, then twice as long each time, up to the maximum. */
	private Duration delay(int overFree) {
		long seconds = 1L << Math.min(overFree - 1, 30);
		return seconds >= properties.maxDelay().toSeconds() ? properties.maxDelay() : Duration.ofSeconds(seconds);
	}

	private Instant storedWait(List<String> keys) {
		return jdbc.sql("select coalesce(max(blocked_until), to_timestamp(0)) from login_throttle where key in (:keys)")
			.param("keys", keys)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	/** The address and name, and the address alone. An IPv6 address counts by its /64 network, as one client. */
	private static List<String> keys(String address, String name) {
		String client = address == null ? "unknown" : network(address);
		String who = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
		return List.of("name:" + client + " " + (who.length() > 100 ? who.substring(0, 100) : who),
				"address:" + client);
	}

	private static String network(String address) {
		if (!address.contains(":")) {
			return address;
		}
		try {
			// An IPv6 literal: parsed, never looked up.
			byte[] bytes = InetAddress.getByName(address.replaceAll("[\\[\\]]|%.*$", "")).getAddress();
			return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
