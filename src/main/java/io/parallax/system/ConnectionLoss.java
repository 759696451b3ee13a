package io.parallax.system;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

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

	private ConnectionLoss() {
	}

	public static boolean isCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
					|| t instanceof java.net.SocketException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith(CONNECTION_CLASS) || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
		}
		return false;
	}

	/** Does work again on a new connection when the connection was lost, up to {@code retries} more times. */
	public static RetryTemplate retrying(int retries, Duration firstDelay) {
		return new RetryTemplate(RetryPolicy.builder()
			.maxRetries(retries)
			.delay(firstDelay)
			.multiplier(2)
			.predicate(ConnectionLoss::isCause)
			.build());
	}

}
