package io.parallax.analysis;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sets one column of many rows in a single statement (an update joined to unnested arrays), where a batch would
 * cost a round trip per row: a story of a thousand articles links tens of thousands of mentions.
 */
final class BulkUpdates {

	private BulkUpdates() {
	}

	/**
	 * @param pairs the new value and the row id, in that order; a null value clears the column
	 */
	static void set(JdbcTemplate jdbc, String table, String column, List<Object[]> pairs) {
		if (pairs.isEmpty()) {
			return;
		}
		Long[] values = pairs.stream().map(p -> (Long) p[0]).toArray(Long[]::new);
		Long[] ids = pairs.stream().map(p -> (Long) p[1]).toArray(Long[]::new);
		jdbc.update(con -> {
			var ps = con.prepareStatement("update " + table + " t set " + column + " = v.value from unnest(?, ?) "
					+ "as v(value, id) where t.id = v.id");
			ps.setArray(1, con.createArrayOf("bigint", values));
			ps.setArray(2, con.createArrayOf("bigint", ids));
			return ps;
		});
	}

}
