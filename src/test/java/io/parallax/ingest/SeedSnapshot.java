package io.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Everything the seed story (the import folder's own files) is, as text: its article rows, paragraphs, sentences
 * and source bytes as stored, and the bytes of its pages and API answers. Two snapshots are equal only when nothing
 * of the story changed.
 */
final class SeedSnapshot {

	private final JdbcClient jdbc;

	private final MockMvcTester mvc;

	SeedSnapshot(JdbcClient jdbc, MockMvcTester mvc) {
		this.jdbc = jdbc;
		this.mvc = mvc;
	}

	String snapshot() {
		String slug = jdbc.sql("select slug from story where folder_key = ''").query(String.class).single();
		List<Long> ids = jdbc.sql("""
				select a.id from article a join story s on s.id = a.story_id where s.folder_key = '' order by a.id""")
			.query(Long.class).list();
		StringBuilder all = new StringBuilder();
		all.append(jdbc.sql("""
				select a.*, encode(sha256(src.content), 'hex') as source_sha256 from article a
				join article_source src on src.article_id = a.id where a.id in (:ids) order by a.id""")
			.param("ids", ids).query().listOfRows());
		all.append(jdbc.sql("select * from article_paragraph where article_id in (:ids) order by article_id, position")
			.param("ids", ids).query().listOfRows());
		all.append(jdbc.sql("select * from sentence where article_id in (:ids) order by id").param("ids", ids)
			.query().listOfRows());
		for (String page : List.of("/stories/%s", "/stories/%s/claims", "/stories/%s/timeline", "/stories/%s/quotes",
				"/stories/%s/sources", "/stories/%s/entities", "/api/stories/%s", "/api/stories/%s/summary",
				"/api/stories/%s/claims")) {
			all.append(body(page.formatted(slug)));
		}
		for (Long id : ids) {
			all.append(body("/articles/" + id)).append(body("/articles/" + id + "/source.txt"))
				.append(body("/api/articles/" + id));
		}
		return all.toString();
	}

	private String body(String uri) {
		var response = mvc.get().uri(uri).exchange().getResponse();
		try {
			return uri + " " + response.getStatus() + "\n" + response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
