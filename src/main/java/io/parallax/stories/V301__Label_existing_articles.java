package io.parallax.stories;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Labels the articles stored before labels were (V300): in Java, because the rule is {@link ArticleLabel}'s and
 * should live in one place. A bean, so that Spring Boot hands it to Flyway with the SQL migrations.
 */
@Component
class V301__Label_existing_articles extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery(
						"select id, coalesce(curated_outlet, outlet), source_file, headline from article");
				PreparedStatement update = connection
					.prepareStatement("update article set label = ?, label_source = ? where id = ?")) {
			while (rows.next()) {
				ArticleLabel label = ArticleLabel.of(rows.getString(2), rows.getString(3), rows.getString(4));
				update.setString(1, label.text());
				update.setString(2, label.source().name());
				update.setLong(3, rows.getLong(1));
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement constrain = connection.createStatement()) {
			constrain.execute("alter table article alter column label set not null, alter column label_source set not null");
		}
	}

}
