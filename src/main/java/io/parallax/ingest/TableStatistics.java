package io.parallax.ingest;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings PostgreSQL's planner statistics up to date for the tables an import changed, as soon as it commits: right
 * after a large import, stale statistics made one page query take seconds until the next autovacuum.
 */
@Component
class TableStatistics {

	private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

	private final JdbcTemplate jdbc;

	TableStatistics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Analyses every table of this schema written to since its statistics were last gathered. */
	void refresh() {
		long start = System.nanoTime();
		try {
			List<String> tables = jdbc.queryForList("""
					select quote_ident(relname) from pg_stat_user_tables
					where schemaname = current_schema() and n_mod_since_analyze > 0""", String.class);
			if (!tables.isEmpty()) {
				jdbc.execute("analyze " + String.join(", ", tables));
				log.info("analysed {} changed tables in {} ms", tables.size(), (System.nanoTime() - start) / 1_000_000);
			}
		}
		catch (RuntimeException ex) {
			// The import has committed; autovacuum will gather the statistics later.
			log.warn("could not analyse the tables the import changed: {}", ex.getMessage());
		}
	}

}
