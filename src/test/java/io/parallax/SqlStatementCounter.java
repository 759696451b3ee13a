package io.parallax;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application prepares, whether through JPA or JDBC, so that tests can check that a
 * page costs the same few statements whatever the size of the story.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final AtomicLong count = new AtomicLong();

	private final AtomicLong connections = new AtomicLong();

	public long count() {
		return count.get();
	}

	/**
	 * Connections taken from the pool: one per transaction, and one per statement run outside any transaction, so
	 * this counts the transactions a request needs.
	 */
	public long transactions() {
		return connections.get();
	}

	public void reset() {
		count.set(0);
		connections.set(0);
	}

	@Bean
	static BeanPostProcessor countingDataSource(SqlStatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource ? counter.wrap(dataSource) : bean;
			}
		};
	}

	private DataSource wrap(DataSource dataSource) {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				forwarding(dataSource, (method, result) -> {
					if (!method.getName().equals("getConnection")) {
						return result;
					}
					connections.incrementAndGet();
					return wrapConnection((Connection) result);
				}));
	}

	private Connection wrapConnection(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				forwarding(connection, (method, result) -> {
					if (STATEMENT_METHODS.contains(method.getName())) {
						count.incrementAndGet();
					}
					return result;
				}));
	}

	private interface AfterCall {

		Object apply(Method method, Object result);

	}

	private static InvocationHandler forwarding(Object target, AfterCall after) {
		return (proxy, method, args) -> {
			try {
				return after.apply(method, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
	}

}
