package io.parallax.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A reader sees one committed state for the whole of a request's read, never part of one import and part of the
 * next: read-only transactions run at REPEATABLE READ, which PostgreSQL serves from one snapshot (at its default,
 * READ COMMITTED, each statement takes a new snapshot, so an import committing between two statements of one page
 * would show a headline from one version and paragraphs from another). A read-only transaction never conflicts,
 * so this costs nothing but setting the level on the connection; writing transactions are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotReadsConfiguration {

	/** After the manager is initialised: it takes the entity manager factory's dialect while it is. */
	@Bean
	static BeanPostProcessor snapshotReads() {
		return BeanSettings.onEvery(JpaTransactionManager.class,
				manager -> manager.setJpaDialect(new SnapshotReadsDialect()));
	}

	static final class SnapshotReadsDialect extends HibernateJpaDialect {

		@Override
		public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
				throws PersistenceException, SQLException {
			if (!definition.isReadOnly() || definition.getIsolationLevel() != TransactionDefinition.ISOLATION_DEFAULT) {
				return super.beginTransaction(entityManager, definition);
			}
			DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition(definition);
			snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
			return super.beginTransaction(entityManager, snapshot);
		}

	}

}
