package io.parallax.system;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Predicate;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a lost or refused database connection (killed by an administrator, a restart, a network cut, an exhausted
 * pool) from every other failure. Such work may simply be done again on a new connection; if the database stays
 * away, readers get a 503 with Retry-After rather than an error.
 */
public final class ConnectionLoss {

	// SQLSTATE class 08: connection exception; 57P01-57P03: the server shut down or is starting.
	private static final String CONNECTION_CLASS = "08";

	// What the pool says, without a SQLSTATE, of a connection it closed under a transaction (rolling back a
	// transaction whose connection was killed).
	private static final String HIKARI_CLOSED = "Connection is closed";

	private ConnectionLoss() {
	}

	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith(CONNECTION_CLASS) || state.startsWith("57P0"));
	}

	public static boolean isCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
					|| t instanceof java.net.SocketException) {
				return true;
			}
			if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState())
					|| HIKARI_CLOSED.equals(sql.getMessage()))) {
				return true;
			}
			if (t instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A connection lost while in use is worth a new one; a pool that could not hand one out within its timeout
	 * (the database is down, or every connection is busy) has waited long enough: the request gets its 503.
	 */
	static boolean isWorthRetrying(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLTransientConnectionException) {
				return false;
			}
		}
		return isCause(failure);
	}

	/**
	 * Does a reader's work again on a new connection when its connection was lost, up to {@code retries} more
	 * times; not after the pool has already waited its timeout for a connection.
	 */
	public static RetryTemplate retryingReads(int retries, Duration firstDelay) {
		return retrying(retries, firstDelay, ConnectionLoss::isWorthRetrying);
	}

	/**
	 * Does an import's work again when its connection was lost or none could be had (the pool refills after the
	 * database dropped every connection), up to {@code retries} more times, waiting twice as long each time.
	 */
	public static RetryTemplate retryingImports(int retries, Duration firstDelay) {
		return retrying(retries, firstDelay, ConnectionLoss::isCause);
	}

	private static RetryTemplate retrying(int retries, Duration firstDelay, Predicate<Throwable> worthIt) {
		return new RetryTemplate(RetryPolicy.builder()
			.maxRetries(retries)
			.delay(firstDelay)
			.multiplier(2)
			.predicate(worthIt)
			.build());
	}

}
