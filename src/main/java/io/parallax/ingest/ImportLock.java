package io.parallax.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one PostgreSQL advisory lock every Parallax instance takes to import, so that imports are serialised across
 * instances sharing a database. An import holds it on a connection of its own for as long as it runs; other work
 * that must not overlap an import tries it for the length of a transaction.
 */
@Component
class ImportLock {

	// Any fixed number serves; this one spells "PARALL".
	private static final long KEY = 0x5041_5241_4C4CL;

	/** Longer than start-up's housekeeping holds the lock (a transaction that waits for the entity manager). */
	static final Duration BRIEF_HOLD = Duration.ofSeconds(10);

	private static final Duration RETRY_EVERY = Duration.ofMillis(100);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	ImportLock(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Must run inside a transaction; false when an import holds the lock. */
	boolean tryAcquire() {
		return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(KEY).query(Boolean.class).single();
	}

	/**
	 * The lock for a whole import, or empty when an import holds it; close the hold to release it. While no import
	 * is recorded as running, a holder is one of the short transactions that take the lock (start-up's housekeeping,
	 * an outlet's correction): it is waited for, up to {@link #BRIEF_HOLD}, since an import asked for just then (as
	 * the app answers its first requests) would otherwise be refused with no import to name.
	 */
	Optional<Hold> tryHold() {
		long giveUpAt = System.nanoTime() + BRIEF_HOLD.toNanos();
		Optional<Hold> hold = lockOnNewConnection().map(Hold::new);
		while (hold.isEmpty() && System.nanoTime() < giveUpAt && !importRunning()) {
			try {
				Thread.sleep(RETRY_EVERY.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
			hold = lockOnNewConnection().map(Hold::new);
		}
		return hold;
	}

	private boolean importRunning() {
		return jdbc.sql("select exists (select 1 from import_run where status = 'RUNNING')").query(Boolean.class)
			.single();
	}

	private Optional<Connection> lockOnNewConnection() {
		try {
			Connection connection = dataSource.getConnection();
			try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
				statement.setLong(1, KEY);
				try (ResultSet result = statement.executeQuery()) {
					if (result.next() && result.getBoolean(1)) {
						return Optional.of(connection);
					}
				}
			}
			connection.close();
			return Optional.empty();
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("cannot take the import lock", ex);
		}
	}

	/**
	 * A held import lock; closing it releases the lock and its connection. The lock lives as long as its
	 * connection, which an administrator or a database restart can end: an import checks it before it commits.
	 */
	final class Hold implements AutoCloseable {

		private Connection connection;

		private Hold(Connection connection) {
			this.connection = connection;
		}

		/**
		 * Takes the lock again on a new connection if its connection was lost.
		 *
		 * @throws ImportRefusedException when another import took the lock meanwhile
		 */
		void renew() {
			if (isValid()) {
				return;
			}
			if (dataSource instanceof com.zaxxer.hikari.HikariDataSource pool) {
				pool.evictConnection(connection);
			}
			closeQuietly();
			connection = lockOnNewConnection().orElseThrow(() -> new ImportRefusedException(
					"the import lost its database connection, and another import started meanwhile; nothing of "
							+ "this import was kept"));
		}

		/** @throws DataAccessResourceFailureException when the lock's connection was lost (the import may retry) */
		void verify() {
			if (!isValid()) {
				throw new DataAccessResourceFailureException("the import lock's database connection was lost");
			}
		}

		private boolean isValid() {
			try {
				return connection.isValid(5);
			}
			catch (SQLException ex) {
				return false;
			}
		}

		@Override
		public void close() {
			try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
				statement.setLong(1, KEY);
				statement.execute();
			}
			catch (SQLException ex) {
				// Closing the connection releases a session lock anyway.
			}
			closeQuietly();
		}

		private void closeQuietly() {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// A lost connection is closed already.
			}
		}

	}

}
