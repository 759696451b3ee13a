package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import io.parallax.IntegrationTest;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every kind of page is valid HTML, as the W3C's Nu validator (the one behind validator.w3.org) judges it.
 */
@IntegrationTest
class HtmlValidityTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyKindOfPageIsValidHtml() throws Exception {
		SeedStory seeds = new SeedStory(mvc);
		String story = "/stories/" + seeds.slug();
		long article = seeds.articleId("003_9fc65ddf9e96fd78.txt");
		String entities = mvc.get().uri("/api" + story + "/entities").assertThat().bodyText().actual();
		String entity = "/entities/" + entities.replaceAll("(?s)^\\[\\{\"id\":(\\d+).*", "$1");
		String claims = mvc.get().uri("/api" + story + "/claims").assertThat().bodyText().actual();
		String claim = story + "/claims/" + claims.replaceAll("(?s)^\\[\\{\"id\":(\\d+).*", "$1");
		String quotes = mvc.get().uri("/api" + story + "/quotes").assertThat().bodyText().actual();
		String quote = "/quotes/" + quotes.replaceAll("(?s)^\\[\\{\"id\":(\\d+).*", "$1");
		List<String> pages = List.of("/", story, story + "/claims", story + "/compare", story + "/timeline",
				story + "/quotes", story + "/sources", story + "/entities", story + "/summary/about", entity,
				"/articles/" + article, "/login", "/no-such-page", story + "/charts", story + "/claims?show=discrepant",
				"/articles/" + article + "/source", "/search", "/search?q=Putin%20talks", "/search?q=-", claim, quote);
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
		// The check itself can fail: a broken page is reported.
		assertThat(validator.validate(new ByteArrayInputStream(
				"<!DOCTYPE html><html lang=en><title>x</title><p><time datetime=x>y</time>".getBytes())))
			.contains("Error");
		for (String page : pages) {
			byte[] html = mvc.get().uri(page).exchange().getResponse().getContentAsByteArray();
			String report = validator.validate(new ByteArrayInputStream(html));
			List<String> errors = report.lines().filter(line -> line.startsWith("Error")).toList();
			assertThat(errors).as("HTML errors on " + page).isEmpty();
			assertThat(report).contains("No errors found");
		}
		assertThat(mvc.get().uri(claim)).hasStatusOk();
		assertThat(mvc.get().uri(quote)).hasStatusOk();
		System.out.printf("HTML validity: %d kinds of page checked (a claim: %s, a quote: %s), no errors%n", pages.size(),
				claim, quote);
	}

}
