package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.parallax.ingest.ParsedArticle.HeadlineSource;
import io.parallax.stories.ParagraphContent;
import io.parallax.stories.ParagraphKind;
import io.parallax.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The parser's rules on article shapes the seeds do not show: "By" bylines, written-out datelines, copyright
 * footers, hard-wrapped lines, and files with nothing to read.
 */
class ArticleParserTest {

	private final ArticleParser parser = new ArticleParser(new SentenceSplitter());

	@Test
	void readsAByBylineAWrittenDatelineAndACopyrightFooter() throws Exception {
		ParsedArticle article = parser.parse("""
				Floods close the main road into Valencia

				By Jane Doe and Ana García
				Published 7 August 2025, 10:32 BST

				Heavy rain closed the main road into the city on Tuesday. Officials said it would reopen on Friday.

				The regional government asked drivers to stay at home.

				© 2025 Example News. All rights reserved.
				""");
		assertThat(article.headline()).isEqualTo("Floods close the main road into Valencia");
		assertThat(article.headlineSource()).isEqualTo(HeadlineSource.TEXT);
		assertThat(article.byline()).isEqualTo("Jane Doe and Ana García");
		assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 8, 7));
		assertThat(article.outlet()).isEqualTo("Example News");
		assertThat(article.paragraphs()).hasSize(2);
		assertThat(article.paragraphs().get(0).sentences()).hasSize(2);
	}

	@Test
	void readsATitleCaseHeadlineAsTheHeadlineNotAsAByline() throws Exception {
		ParsedArticle article = parser.parse("""
				Mayor Expected To Be Cleared By The Ethics Board

				Published 3 May 2021

				The city's ethics board is expected to clear the mayor on Monday, her spokesman said.

				The board meets in closed session.
				""");
		assertThat(article.headline()).isEqualTo("Mayor Expected To Be Cleared By The Ethics Board");
		assertThat(article.headlineSource()).isEqualTo(HeadlineSource.TEXT);
		assertThat(article.byline()).isNull();
		assertThat(article.paragraphs()).hasSize(2);
	}

	@Test
	void readsATitleCaseHeadlineWithANameAndItsSuffixAsTheHeadline() throws Exception {
		ParsedArticle article = parser.parse("""
				Hale Jr. Pleads Guilty

				Published 20 February 2013

				WASHINGTON -- Former Rep. Paul Hale Jr. pleaded guilty in a federal courtroom on Wednesday morning.

				He pleaded guilty to conspiracy before a federal judge.
				""");
		assertThat(article.headline()).isEqualTo("Hale Jr. Pleads Guilty");
		assertThat(article.byline()).isNull();
	}

	@Test
	void readsABareBylineOfNames() throws Exception {
		ParsedArticle article = parser.parse("""
				Floods close the main road into Valencia

				Jane Doe and Ana García

				Heavy rain closed the main road into the city on Tuesday. Officials said it would reopen on Friday.

				The regional government asked drivers to stay at home.
				""");
		assertThat(article.headline()).isEqualTo("Floods close the main road into Valencia");
		assertThat(article.byline()).isEqualTo("Jane Doe and Ana García");
	}

	@Test
	void neverGuessesAnOutletOrADateTheTextDoesNotState() throws Exception {
		ParsedArticle article = parser.parse("""
				Talks resume in Geneva

				Negotiators met again on 3 March 2024 in Geneva, according to Reuters.
				The meeting lasted four hours.
				""");
		assertThat(article.outlet()).isNull();
		assertThat(article.publishedOn()).isNull();
	}

	@Test
	void aLineThatHandsOverToAQuoteIsTextNotAHeading() throws Exception {
		ParsedArticle article = parser.parse("""
				Mayor and governor trade barbs

				The mayor said on Tuesday that the governor had invited him to the summit.

				The governor posted her own recollection in response:

				“I invited you to apologise, not to lecture us. Stop misleading people!”

				He said:

				“We will meet again in March.”

				What we know so far:

				The summit will be held in March, officials said.
				""");
		assertThat(article.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.HEADING)
			.map(ParagraphContent::text).containsExactly("What we know so far:");
		assertThat(article.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.TEXT).map(ParagraphContent::text)
			.contains("The governor posted her own recollection in response:", "He said:");
	}

	@Test
	void joinsLinesThatAHardWrappedFileBrokeMidSentence() throws Exception {
		ParsedArticle article = parser.parse("""
				Harvest falls for a second year

				Farmers in the north reported that the wheat harvest fell by a
				fifth this year, the second fall in a row, as the drought went on.

				Prices rose in response.
				""");
		assertThat(article.paragraphs()).map(ParagraphContent::text)
			.containsExactly("Farmers in the north reported that the wheat harvest fell by a fifth this year, the second "
					+ "fall in a row, as the drought went on.", "Prices rose in response.");
	}

	@Test
	void derivesATitleFromTheOpeningWordsWhenTheFileHasNoHeadline() throws Exception {
		ParsedArticle article = parser.parse(
				"The central bank raised its main interest rate by half a point on Thursday, the third rise this year.\n"
						+ "Markets had expected the move.\n");
		assertThat(article.headlineSource()).isEqualTo(HeadlineSource.DERIVED);
		assertThat(article.headline()).isEqualTo("The central bank raised its main interest rate by half a point…");
	}

	@Test
	void refusesAFileWithNothingButSiteFurniture() {
		assertThatThrownBy(() -> parser.parse("- Advertisement -\nShare This Article\nLeave a Comment\n"))
			.isInstanceOf(UnreadableArticleException.class)
			.hasMessageContaining("no body text");
	}

	@Test
	void aPublisherAfterABarInTheHeadlineIsTheOutlet() throws Exception {
		ParsedArticle article = parser.parse("""
				Huckabee announces 2016 White House bid, with focus on economy and security | Fox News

				Mike Huckabee on Tuesday announced he is running for president.

				The former Arkansas governor made the announcement in his hometown.
				""");
		assertThat(article.headline())
			.isEqualTo("Huckabee announces 2016 White House bid, with focus on economy and security");
		assertThat(article.outlet()).isEqualTo("Fox News");
		ParsedArticle bar = parser.parse("""
				Exports | the figures nobody expected this year

				Exports rose by a tenth in the year to March, the statistics office said.

				Economists had expected a small fall.
				""");
		assertThat(bar.headline()).as("no capitalised name after the bar").startsWith("Exports | the figures");
		assertThat(bar.outlet()).isNull();
	}

	@Test
	void aNavigationLabelIsNoByline() throws Exception {
		ParsedArticle article = parser.parse("""
				William Cowan Named Interim Senator in Massachusetts

				Published 30 January 2013

				Site Mobile Navigation

				BOSTON — Gov. Deval Patrick on Wednesday appointed William Cowan to serve as an interim senator.

				Mr. Cowan, 43, is a former partner in a Boston law firm.
				""");
		assertThat(article.byline()).isNull();
		assertThat(article.paragraphs()).hasSize(2);
		assertThat(article.boilerplate()).contains("Site Mobile Navigation");
	}

	@Test
	void keepsAOneSentenceLeadAsBodyNotAsStandfirst() throws Exception {
		ParsedArticle article = parser.parse("""
				Ministers agree new budget

				Ministers agreed a new budget on Monday after three days of talks.

				The budget raises spending on schools.
				""");
		assertThat(article.standfirst()).isNull();
		assertThat(article.paragraphs()).hasSize(2);
	}

}
