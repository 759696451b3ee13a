package io.parallax.system;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one piece of CPU-bound work (parsing or analysing one file) with a time limit, so that no single input can
 * hold up the work around it. Work over its limit is interrupted and abandoned: code that checks for interruption
 * stops; code that cannot (a third-party model) runs to its end on its own daemon thread while the caller goes on.
 * The inputs are size-limited before they get here, so an abandoned piece of work still ends.
 */
public final class TimeBudget {

	private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new DaemonThreads());

	private TimeBudget() {
	}

	/**
	 * @param what names the work in the exception when it runs over, e.g. the file's name
	 * @throws OverBudgetException when the work takes longer than {@code limit}
	 */
	public static <T> T run(String what, Duration limit, Callable<T> work) throws Exception {
		Future<T> future = WORKERS.submit(work);
		try {
			return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw new OverBudgetException(what, limit);
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof Exception cause ? cause : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw ex;
		}
	}

	/** Thrown when a piece of work took longer than its limit; says which work and what the limit was. */
	public static final class OverBudgetException extends RuntimeException {

		private final String what;

		private final Duration limit;

		OverBudgetException(String what, Duration limit) {
			super(what + " took longer than " + readable(limit));
			this.what = what;
			this.limit = limit;
		}

		public String what() {
			return what;
		}

		public Duration limit() {
			return limit;
		}

		public String readableLimit() {
			return readable(limit);
		}

		private static String readable(Duration limit) {
			return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
		}

	}

	private static final class DaemonThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable work) {
			Thread thread = new Thread(work, "parallax-budget-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
