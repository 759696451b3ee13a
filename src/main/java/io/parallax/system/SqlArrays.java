package io.parallax.system;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;

/** PostgreSQL arrays as the read side uses them. */
public final class SqlArrays {

	private SqlArrays() {
	}

	/** An {@code integer[]} column's values, or null for SQL null (for example a word's positions not worked out). */
	public static int[] ints(Array array) throws SQLException {
		return array == null ? null : Arrays.stream((Integer[]) array.getArray()).mapToInt(Integer::intValue).toArray();
	}

}
