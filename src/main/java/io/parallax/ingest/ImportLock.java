package io.parallax.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

	/** The lock for a whole import, or empty when another import holds it. Close the hold to release it. */
	Optional<Hold> tryHold() {
		return lockOnNewConnection().map(Hold::new);
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
