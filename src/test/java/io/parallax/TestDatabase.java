package io.parallax;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import io.parallax.ingest.ImportService;
import org.awaitility.Awaitility;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The tests' PostgreSQL: a throwaway container when Docker is available, otherwise the local database that
 * {@code spring.datasource.*} names. Either way the schema is wiped and migrated afresh when a test context
 * starts, so every context begins from the seeds alone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	@Bean
	@ServiceConnection
	@Conditional(DockerIsAvailable.class)
	PostgreSQLContainer postgres() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	/**
	 * The start-up import runs in the background; tests start when it is done, so that every test context begins
	 * from the seeds imported.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> awaitStartupImport(ImportService imports) {
		return event -> Awaitility.await().atMost(Duration.ofMinutes(5)).until(() -> !imports.isImporting());
	}

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			unaccentInPublic(flyway.getConfiguration().getDataSource());
			flyway.clean();
			flyway.migrate();
		};
	}

	/**
	 * Keeps the unaccent extension in the public schema. A database's first migration creates it in the first
	 * schema Flyway migrates; when that is the evaluation's own schema (the evaluation command run first on a new
	 * database), cleaning that schema later would leave the search configuration pointing nowhere.
	 */
	private static void unaccentInPublic(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("""
					do $$ begin
					  if exists (select 1 from pg_extension e join pg_namespace n on n.oid = e.extnamespace
					             where e.extname = 'unaccent' and n.nspname <> 'public') then
					    drop extension unaccent cascade;
					  end if;
					end $$""");
			statement.execute("create extension if not exists unaccent schema public");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot put the unaccent extension in the public schema", ex);
		}
	}

	static class DockerIsAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DockerClientFactory.instance().isDockerAvailable();
		}

	}

}
