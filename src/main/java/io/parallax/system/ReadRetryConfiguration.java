package io.parallax.system;

import java.time.Duration;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Readers ride out a lost database connection: a read-only transaction that fails because its connection was lost
 * (killed, or the database restarted) is run again, on a new connection, before the failure reaches the reader.
 * Only outermost read-only transactions are retried: a read inside a larger transaction fails with it.
 */
@Configuration(proxyBeanMethods = false)
class ReadRetryConfiguration {

	private static final int RETRIES = 3;

	private static final Duration FIRST_DELAY = Duration.ofMillis(100);

	/** Wraps the transaction interceptor (which has the lowest precedence), so each try is a new transaction. */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor readOnlyTransactionRetry() {
		RetryTemplate retry = ConnectionLoss.retryingReads(RETRIES, FIRST_DELAY);
		MethodInterceptor interceptor = invocation -> {
			Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(invocation.getMethod(),
					Transactional.class);
			if (transactional == null) {
				transactional = AnnotatedElementUtils.findMergedAnnotation(invocation.getThis().getClass(),
						Transactional.class);
			}
			if (transactional == null || !transactional.readOnly()
					|| TransactionSynchronizationManager.isActualTransactionActive()) {
				return invocation.proceed();
			}
			return retry.invoke(() -> proceed(invocation));
		};
		Pointcut transactional = new ComposablePointcut(AnnotationMatchingPointcut.forClassAnnotation(Transactional.class))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, interceptor);
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return advisor;
	}

	private static Object proceed(org.aopalliance.intercept.MethodInvocation invocation) {
		try {
			return ((org.springframework.aop.ProxyMethodInvocation) invocation).invocableClone().proceed();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

}
