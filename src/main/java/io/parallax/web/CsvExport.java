package io.parallax.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list as a CSV file for spreadsheets: RFC 4180 (Commons CSV), UTF-8 with a byte-order mark so that spreadsheet
 * programs read curly quotes and accents right, and every text cell a spreadsheet would take for a formula
 * ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return first) neutralised by a leading
 * apostrophe, as OWASP advises: an article's text must never run as a formula on a journalist's machine. Numbers
 * are written as they are.
 */
final class CsvExport {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	/** The most rows an export reads: a story's lists are far shorter, and a request stays bounded. */
	static final int MAX_ROWS = 20_000;

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r]");

	private final StringWriter text = new StringWriter();

	private final CSVPrinter printer;

	CsvExport(String... header) {
		try {
			this.printer = new CSVPrinter(text, CSVFormat.RFC4180.builder().get());
			printer.printRecord((Object[]) header);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	CsvExport row(Object... cells) {
		try {
			printer.printRecord(Arrays.stream(cells).map(CsvExport::cell).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		return value instanceof Number || !FORMULA.matcher(text).find() ? text : "'" + text;
	}

	String text() {
		return BYTE_ORDER_MARK + text;
	}

	ResponseEntity<byte[]> response(String fileName) {
		return response(fileName, ResponseEntity.ok());
	}

	/** One page of a long list, with the API's paging headers. */
	ResponseEntity<byte[]> response(String fileName, Paging paging) {
		return response(fileName, ApiPages.ok(paging));
	}

	private ResponseEntity<byte[]> response(String fileName, ResponseEntity.BodyBuilder response) {
		return response
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(text().getBytes(StandardCharsets.UTF_8));
	}

}
