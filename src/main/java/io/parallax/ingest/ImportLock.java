package io.parallax.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

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
		try {
			Connection connection = dataSource.getConnection();
			try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
				statement.setLong(1, KEY);
				try (ResultSet result = statement.executeQuery()) {
					if (result.next() && result.getBoolean(1)) {
						return Optional.of(new Hold(connection));
					}
				}
			}
			connection.close();
			return Optional.empty();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot take the import lock", ex);
		}
	}

	/** A held import lock; closing it releases the lock and its connection. */
	static final class Hold implements AutoCloseable {

		private final Connection connection;

		private Hold(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void close() {
			try (connection; PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
				statement.setLong(1, KEY);
				statement.execute();
			}
			catch (SQLException ex) {
				// Closing the connection releases a session lock anyway.
			}
		}

	}

}
