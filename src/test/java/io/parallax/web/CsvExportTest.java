package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.parallax.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The CSV files next to a story's lists: UTF-8 with a byte-order mark, RFC 4180, no cell a spreadsheet would run as
 * a formula, and the rows the JSON gives.
 */
@IntegrationTest
class CsvExportTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void formulaLikeTextIsNeutralisedAndNumbersAreNot() {
		assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(CsvExport.cell("+1 555")).isEqualTo("'+1 555");
		assertThat(CsvExport.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvExport.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(CsvExport.cell(-5)).isEqualTo("-5");
		assertThat(CsvExport.cell("Putin said “yes”")).isEqualTo("Putin said “yes”");
		assertThat(CsvExport.cell(null)).isEmpty();

		String text = new CsvExport("a", "b").row("=1+1", "x, \"y\"\nz").text();
		assertThat(text).startsWith("\uFEFFa,b\r\n").endsWith("'=1+1,\"x, \"\"y\"\"\nz\"\r\n");
	}

	@Test
	void everyListOfTheStoryHasItsCsv() throws Exception {
		String slug = new SeedStory(mvc).slug();
		for (String list : List.of("quotes", "sources", "entities", "timeline")) {
			var result = mvc.get().uri("/api/stories/{slug}/{list}.csv", slug, list).exchange();
			assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8")
				.hasHeader("Content-Disposition", "attachment; filename=\"" + slug + "-" + list + ".csv\"");
			byte[] body = result.getResponse().getContentAsByteArray();
			assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
			List<CSVRecord> rows = parse(body);
			assertThat(rows).as(list).hasSizeGreaterThan(1);
			assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(rows.get(0).size()));
			assertThat(rows).flatMap(CSVRecord::toList).noneMatch(cell -> cell.matches("^[=+\\-@].*"));
			assertThat(mvc.get().uri("/stories/{slug}/{list}", slug, list)).hasStatusOk().bodyText()
				.contains("href=\"/api/stories/" + slug + "/" + list + ".csv\"");
		}
	}

	@Test
	void theQuotesCsvHasOneRowPerOutletsWordingWithItsCurlyQuotes() throws Exception {
		String slug = new SeedStory(mvc).slug();
		List<CSVRecord> rows = parse(mvc.get().uri("/api/stories/{slug}/quotes.csv", slug).exchange().getResponse()
			.getContentAsByteArray());
		assertThat(rows.get(0).toList()).startsWith("quote_id", "quote", "speaker");
		int instances = mvc.get().uri("/api/stories/{slug}/quotes?size=500", slug).assertThat().bodyJson()
			.convertTo(List.class).actual().stream()
			.mapToInt(q -> ((List<?>) ((java.util.Map<?, ?>) q).get("instances")).size())
			.sum();
		assertThat(rows).hasSize(instances + 1);
		assertThat(rows).extracting(row -> row.get(2)).contains("Yuri Ushakov");
		int partial = rows.get(0).toList().indexOf("partial");
		int quoted = rows.get(0).toList().indexOf("quoted_text");
		int label = rows.get(0).toList().indexOf("label");
		assertThat(rows.subList(1, rows.size())).filteredOn(row -> row.get(quoted).equals("good chance"))
			.as("a few words inside the reporter's sentence, whatever the other outlets quote").isNotEmpty()
			.allSatisfy(row -> assertThat(row.get(partial)).isEqualTo("true"));
		assertThat(rows.subList(1, rows.size())).as("every row names its article as the pages do")
			.allSatisfy(row -> assertThat(row.get(label)).isNotBlank());
	}

	private static List<CSVRecord> parse(byte[] body) throws Exception {
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}

}
