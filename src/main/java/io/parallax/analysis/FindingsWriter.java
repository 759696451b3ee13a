package io.parallax.analysis;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.parallax.stories.ArticleText;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an article's findings in batches: an import of a thousand articles writes tens of thousands of rows.
 */
@Component
class FindingsWriter {

	private final JdbcTemplate jdbc;

	FindingsWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the findings of these articles: a few statements for all of them, whatever their number. */
	void replace(Map<ArticleText, ArticleFindings> findings, Instant now) {
		if (findings.isEmpty()) {
			return;
		}
		Long[] ids = findings.keySet().stream().map(ArticleText::id).toArray(Long[]::new);
		for (String table : List.of("entity_mention", "quote", "attribution", "quantity")) {
			jdbc.update(con -> {
				var ps = con.prepareStatement("delete from " + table + " where article_id = any (?)");
				ps.setArray(1, con.createArrayOf("bigint", ids));
				return ps;
			});
		}
		// a clause's row goes with its sentence (the table has no article column): the sentences of these articles
		jdbc.update(con -> {
			var ps = con.prepareStatement("""
					delete from sentence_clause where sentence_id in (select id from sentence where article_id = any (?))""");
			ps.setArray(1, con.createArrayOf("bigint", ids));
			return ps;
		});
		mentions(findings.values().stream().flatMap(f -> f.mentions().stream()).toList());
		quotes(findings.values().stream().flatMap(f -> f.quotes().stream()).toList());
		attributions(findings.values().stream().flatMap(f -> f.attributions().stream()).toList());
		quantities(findings.values().stream().flatMap(f -> f.quantities().stream()).toList());
		clauses(findings.values().stream().flatMap(f -> f.clauses().stream()).toList());
		jdbc.batchUpdate("""
				insert into article_analysis (article_id, sha256, analysed_at, version) values (?, ?, ?, ?)
				on conflict (article_id) do update set sha256 = excluded.sha256, analysed_at = excluded.analysed_at,
				  version = excluded.version""",
				List.copyOf(findings.keySet()), findings.size(), (ps, article) -> {
					ps.setLong(1, article.id());
					ps.setString(2, article.sha256());
					ps.setTimestamp(3, Timestamp.from(now));
					ps.setInt(4, AnalysisVersion.CURRENT);
				});
	}

	private void mentions(List<NameMention> mentions) {
		jdbc.batchUpdate("""
				insert into entity_mention (article_id, sentence_id, name, role, kind, role_only, subject, place_hint,
				  speaks, start_offset, end_offset) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", mentions,
				mentions.size(), (ps, m) -> {
					ps.setLong(1, m.articleId());
					ps.setLong(2, m.sentenceId());
					ps.setString(3, m.name());
					ps.setString(4, m.role());
					ps.setString(5, m.kind().name());
					ps.setBoolean(6, m.roleOnly());
					ps.setBoolean(7, m.subject());
					ps.setBoolean(8, m.placeHint());
					ps.setBoolean(9, m.speaks());
					ps.setInt(10, m.start());
					ps.setInt(11, m.end());
				});
	}

	private void quotes(List<FoundQuote> quotes) {
		jdbc.batchUpdate("""
				insert into quote (article_id, sentence_id, start_offset, end_offset, text, partial, speaker, speaker_key,
				  cue, venue) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", quotes, quotes.size(), (ps, q) -> {
			ps.setLong(1, q.articleId());
			ps.setLong(2, q.sentenceId());
			ps.setInt(3, q.start());
			ps.setInt(4, q.end());
			ps.setString(5, q.text());
			ps.setBoolean(6, q.partial());
			ps.setString(7, q.speaker());
			ps.setString(8, q.speakerKey());
			ps.setString(9, q.cue());
			ps.setString(10, q.venue());
		});
	}

	private void attributions(List<FoundAttribution> attributions) {
		jdbc.batchUpdate("""
				insert into attribution (article_id, sentence_id, source, source_key, kind, cue, start_offset, end_offset)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", attributions, attributions.size(), (ps, a) -> {
			ps.setLong(1, a.articleId());
			ps.setLong(2, a.sentenceId());
			ps.setString(3, a.source());
			ps.setString(4, a.sourceKey());
			ps.setString(5, a.kind().name());
			ps.setString(6, a.cue());
			ps.setInt(7, a.start());
			ps.setInt(8, a.end());
		});
	}

	private void clauses(List<FoundClause> clauses) {
		jdbc.batchUpdate("insert into sentence_clause (sentence_id, position, text) values (?, ?, ?)", clauses,
				clauses.size(), (ps, c) -> {
					ps.setLong(1, c.sentenceId());
					ps.setInt(2, c.position());
					ps.setString(3, c.text());
				});
	}

	private void quantities(List<FoundQuantity> quantities) {
		jdbc.batchUpdate("""
				insert into quantity (article_id, sentence_id, kind, text, value, unit, resolved_date, start_offset,
				  end_offset, precision, vague) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", quantities, quantities.size(), (ps, q) -> {
			ps.setLong(1, q.articleId());
			ps.setLong(2, q.sentenceId());
			ps.setString(3, q.kind().name());
			ps.setString(4, q.text());
			ps.setBigDecimal(5, q.value());
			ps.setString(6, q.unit());
			ps.setDate(7, q.resolvedDate() == null ? null : Date.valueOf(q.resolvedDate()));
			ps.setInt(8, q.start());
			ps.setInt(9, q.end());
			ps.setString(10, q.precision() == null ? null : q.precision().name());
			ps.setBoolean(11, q.vague());
		});
	}

}
