package io.parallax.ingest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one PostgreSQL advisory lock that every Parallax instance takes to import, held until the transaction
 * ends; so imports are serialised across instances that share a database.
 */
@Component
class ImportLock {

	// Any fixed number serves; this one spells "PARALL".
	private static final long KEY = 0x5041_5241_4C4CL;

	private final JdbcClient jdbc;

	ImportLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Must run inside a transaction; false when another import holds the lock. */
	boolean tryAcquire() {
		return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(KEY).query(Boolean.class).single();
	}

}
