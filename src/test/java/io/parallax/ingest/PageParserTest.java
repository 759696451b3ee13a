package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import io.parallax.stories.ArticleContent;
import io.parallax.stories.MetadataValue;
import io.parallax.stories.ParagraphContent;
import io.parallax.stories.ParagraphKind;
import io.parallax.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

/**
 * Saved web pages: what is read as a page, the metadata in order of trust with its source, the main text without
 * the page's furniture, and the pages that are refused with a reason.
 */
class PageParserTest {

	private static final Path BAD = Path.of("src/test/resources/pages/bad");

	private static final Path DEV = PageExtractionEvaluationTest.DEV;

	private static final SentenceSplitter SENTENCES = new SentenceSplitter();

	private final ArticleReader reader = new ArticleReader(
			new ArticleFileDecoder(DataSize.ofMegabytes(2), DataSize.ofMegabytes(10)),
			new ArticleLimits(10, 2, 20_000, 3_000, 1_000), new ArticleParser(SENTENCES), new PageParser(SENTENCES),
			Duration.ofSeconds(30));

	private static final String BODY = """
			<p>The council met on Monday to discuss the harbour plan, officials said. The mayor told reporters that a
			decision would come on Friday, after the last objections were heard.</p>
			<figure><img src="harbour.jpg"><figcaption>The harbour at dawn. Photo: Jane Roe</figcaption></figure>
			<p>Residents had asked for a vote in March. The meeting lasted three hours, and many questions were left
			open for the next session of the council.</p>
			<h2>What comes next</h2>
			<p>The plan goes to a public hearing before the summer, the council's spokesman said on Tuesday.</p>
			""";

	@Test
	void jsonLdIsTrustedBeforeOpenGraphAndEachValueKeepsItsSource() throws Exception {
		ParsedArticle article = parse("""
				<!DOCTYPE html><html lang="en-GB"><head>
				<title>Council delays vote | Example News</title>
				<meta property="og:title" content="OpenGraph headline">
				<meta property="og:site_name" content="Example News">
				<meta property="article:published_time" content="2025-08-01T09:00:00Z">
				<meta name="author" content="Meta Author">
				<link rel="canonical" href="https://news.example/2025/08/07/council-vote">
				<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
				 {"@type":"WebSite","name":"Example"},
				 {"@type":"NewsArticle","headline":"Council delays vote on harbour plan",
				  "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Ana García"}],
				  "datePublished":"2025-08-07T23:30:00-04:00","dateModified":"2025-08-08T08:00:00-04:00",
				  "publisher":{"@type":"Organization","name":"The Example Times"}}]}</script>
				</head><body><article><h1>Council delays vote on harbour plan</h1>
				""" + BODY + "</article></body></html>");
		assertThat(article.headline()).isEqualTo("Council delays vote on harbour plan");
		assertThat(article.byline()).isEqualTo("Jane Doe and Ana García");
		assertThat(article.outlet()).isEqualTo("The Example Times");
		// 23:30 in New York is the 7th there, though the 8th in UTC.
		assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 8, 7));
		assertThat(article.metadata()).contains(
				new MetadataValue("published", "2025-08-07T23:30:00-04:00", "JSON-LD NewsArticle datePublished"),
				new MetadataValue("authors", "Jane Doe and Ana García", "JSON-LD NewsArticle author"),
				new MetadataValue("outlet", "The Example Times", "JSON-LD NewsArticle publisher"),
				new MetadataValue("canonical", "https://news.example/2025/08/07/council-vote", "link rel=canonical"),
				new MetadataValue("language", "en-GB", "<html lang>"));
	}

	@Test
	void openGraphAndMetaTagsServeWhenThereIsNoJsonLd() throws Exception {
		ParsedArticle article = parse("""
				<html><head><title>Council delays vote - Example News</title>
				<meta property="og:site_name" content="Example News">
				<meta property="article:author" content="https://www.facebook.com/examplenews">
				<meta name="author" content="By Jane Doe">
				</head><body><time datetime="2025-08-07">7 August</time>
				""" + BODY + "</body></html>");
		assertThat(article.headline()).isEqualTo("Council delays vote");
		assertThat(article.byline()).as("a link is no author").isEqualTo("Jane Doe");
		assertThat(article.outlet()).isEqualTo("Example News");
		assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 8, 7));
		assertThat(article.metadata()).contains(new MetadataValue("headline", "Council delays vote", "<title>"),
				new MetadataValue("authors", "Jane Doe", "meta name=author"),
				new MetadataValue("published", "2025-08-07", "the page's first <time datetime>"));
	}

	@Test
	void theMainTextLeavesOutFurnitureAndSetsCaptionsAside() throws Exception {
		ParsedArticle article = parse("""
				<html lang="en"><head><title>Council delays vote</title></head><body>
				<nav><a href="/">Home</a> <a href="/world">World</a></nav>
				<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
				<div class="article-body">""" + BODY + """
				<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
				<aside class="newsletter">Sign up for our daily newsletter and never miss a story again.</aside>
				</div>
				<section class="related"><h3>Related stories</h3><ul><li><a href="/x">Floods close the main road into
				Valencia as the rain goes on</a></li><li><a href="/y">Markets rally after the bank holds rates</a></li></ul>
				</section>
				<div id="comments"><p>Great article, thanks for writing it! I agree with every word of it.</p></div>
				</body></html>""");
		assertThat(article.paragraphs()).extracting(ParagraphContent::text).containsExactly(
				"The council met on Monday to discuss the harbour plan, officials said. The mayor told reporters that a "
						+ "decision would come on Friday, after the last objections were heard.",
				"Residents had asked for a vote in March. The meeting lasted three hours, and many questions were left "
						+ "open for the next session of the council.",
				"What comes next",
				"The plan goes to a public hearing before the summer, the council's spokesman said on Tuesday.");
		assertThat(article.paragraphs().get(2).kind()).isEqualTo(ParagraphKind.HEADING);
		assertThat(article.boilerplate()).contains("The harbour at dawn. Photo: Jane Roe");
		assertThat(article.outlet()).isNull();
		assertThat(article.publishedOn()).isNull();
	}

	@Test
	void aPageIsKnownByItsContentWhateverItsName() throws Exception {
		byte[] page = Files.readAllBytes(Path.of("src/test/resources/bad-input/corpus/html-page.txt"));
		ArticleContent article = reader.read(ArticleFile.of("html-page.txt", page));
		assertThat(article.headline()).as("the page's only <h1>").isEqualTo("Council delays vote on HTML plan");
		assertThat(article.paragraphs()).extracting(ParagraphContent::text).noneMatch(p -> p.contains("<"));
		assertThat(FileKind.of("<b>Bold</b> start of a text file".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(FileKind.TEXT);
		assertThat(FileKind.of("\uFEFF\n  <!doctype html><p>x".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileKind.PAGE);
	}

	@Test
	void aPageIsDecodedAsItsCharsetOrByteOrderMarkSays() throws Exception {
		String page = "<html lang=\"en\"><head><meta charset=\"windows-1252\"><title>Café owners protest</title>"
				+ "</head><body>" + BODY.replace("officials said", "café owners said “no”") + "</body></html>";
		ArticleContent latin = reader.read(ArticleFile.of("cafe.html", page.getBytes("windows-1252")));
		assertThat(latin.headline()).isEqualTo("Café owners protest");
		assertThat(latin.paragraphs().get(0).text()).contains("café owners said “no”");
		byte[] utf16 = ("\uFEFF" + page.replace("windows-1252", "utf-16")).getBytes(StandardCharsets.UTF_16LE);
		assertThat(reader.read(ArticleFile.of("cafe16.html", utf16)).headline()).isEqualTo("Café owners protest");
	}

	@Test
	void aCharsetDeclaredAfterLongStylesIsStillHonoured() throws Exception {
		// jsoup looks for the declaration in the first 5 KB only; saved pages put long inline styles before it
		String styles = "<style>" + ".rule { margin: 0 }\n".repeat(400) + "</style>";
		String page = "<html lang=\"en\"><head>" + styles + "<meta charset=\"iso-8859-15\">"
				+ "<title>Café owners protest €</title></head><body>"
				+ BODY.replace("officials said", "café owners said") + "</body></html>";
		assertThat(page.indexOf("<meta")).isGreaterThan(6000);
		ArticleContent late = reader.read(ArticleFile.of("cafe.html", page.getBytes("ISO-8859-15")));
		assertThat(late.headline()).isEqualTo("Café owners protest €");
		assertThat(late.paragraphs().get(0).text()).contains("café owners said");
	}

	@Test
	void anUndeclaredPageThatIsNotUtf8IsReadAsWindows1252AsBrowsersDo() throws Exception {
		String page = "<html lang=\"en\"><head><title>Café owners protest</title></head><body>"
				+ BODY.replace("officials said", "café owners said “no”") + "</body></html>";
		ArticleContent legacy = reader.read(ArticleFile.of("cafe.html", page.getBytes("windows-1252")));
		assertThat(legacy.headline()).isEqualTo("Café owners protest");
		assertThat(legacy.paragraphs().get(0).text()).contains("café owners said “no”");
		ArticleContent utf8 = reader.read(ArticleFile.of("cafe8.html", page.getBytes(StandardCharsets.UTF_8)));
		assertThat(utf8.paragraphs().get(0).text()).contains("café owners said “no”");
	}

	@Test
	void aRealSavedPageKeepsItsOriginalBytesAndGivesItsMetadata() throws Exception {
		byte[] html = Files.readAllBytes(DEV.resolve("bbc-1/source.html"));
		ArticleContent article = reader.read(ArticleFile.of("bbc.html", html));
		assertThat(article.raw()).isEqualTo(html);
		assertThat(article.headline()).isEqualTo("Obama admits US gun laws are his 'biggest frustration'");
		assertThat(article.outlet()).isEqualTo("BBC News");
		assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2015, 7, 24));
		assertThat(article.paragraphs().get(0).text()).startsWith("President Barack Obama has admitted");
		assertThat(article.paragraphs()).allMatch(p -> p.kind() == ParagraphKind.HEADING || !p.sentences().isEmpty());
	}

	@Test
	void badPagesAreRefusedWithTheirReason() throws Exception {
		assertRefused("lemonde-french.html", "a different language: the page is in French (<html lang> \"fr\")");
		assertRefused("german-undeclared.html", "a different language: the page declares none");
		assertRefused("front-page.html", "no article found");
		assertRefused("cnn-front-page.html", "no article found: the page has 3 words of running text");
		assertRefused("chinese-article.html", "a different language: the page is in Chinese (<html lang> \"zh-Hans\")");
		assertRefused("not-html.html", "not HTML: the name ends in .html or .htm");
		assertThatThrownBy(() -> reader.read(ArticleFile.of("image.html", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0 })))
			.hasMessageStartingWith("not HTML");
		byte[] huge = ("<!DOCTYPE html><html><body>" + "<p>word </p>".repeat(1_000_000) + "</body></html>")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> reader.read(ArticleFile.of("huge.html", huge)))
			.hasMessage("too large: 11.4 MB, the limit is 10.0 MB");
	}

	@Test
	void aPageThatDeclaresEnglishButIsNotIsRefusedForItsLanguage() {
		// a site template's lang="en" over a German report: refused for its language, saying so, not as "no article"
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Skispringen</title></head><body><article>%s</article>
				</body></html>""".formatted(paragraphs("Der Gesamtweltcupführer hat in Willingen das Gelbe "
				+ "Trikot zurückerobert, das er am Samstag an den Japaner verloren hatte: Das war ein absolut cooler "
				+ "Wettkampf heute, ich hatte zwei gute Sprünge und bin mit dem zweiten Platz sehr zufrieden.", 3));
		assertThatThrownBy(() -> parse(page)).isInstanceOf(UnreadableArticleException.class)
			.hasMessageStartingWith("a different language: the page declares English (<html lang> \"en\"), and only");
	}

	@Test
	void anEnglishReportWithALongTableOfNamesIsNotTakenForAnotherLanguage() throws Exception {
		// the table's cells have few common English words; the report's sentences are what its language is judged by
		StringBuilder table = new StringBuilder("<table>");
		for (int row = 0; row < 60; row++) {
			table.append("<tr><td>Anna Kowalczyk, Oslo Harbour Board, Ward %d, Nordland</td></tr>".formatted(row));
		}
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour board elected</title></head><body><article>%s%s
				</table></article></body></html>""".formatted(paragraphs("The harbour board was elected on Monday, "
				+ "and the results for every ward were published by the council in the table below.", 3), table);
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.contains("The harbour board was elected on Monday, and the results for every ward were published by the "
					+ "council in the table below.");
	}

	private void assertRefused(String file, String reason) throws Exception {
		byte[] bytes = Files.readAllBytes(BAD.resolve(file));
		assertThatThrownBy(() -> reader.read(ArticleFile.of(file, bytes))).isInstanceOf(UnreadableArticleException.class)
			.hasMessageStartingWith(reason);
	}

	@Test
	void theSummaryShownUnderTheHeadlineIsTheStandfirst() throws Exception {
		// The page's description, shown in its header beside the headline, outside the article's body: the
		// standfirst, which the main-text extraction leaves out.
		ParsedArticle article = parse(standfirstPage(
				"The council put off its decision on the harbour plan for a week after residents objected again.",
				"<h2 class=\"excerpt\">The council put off its decision on the harbour plan for a week after "
						+ "residents objected again.</h2>"));
		assertThat(article.standfirst())
			.isEqualTo("The council put off its decision on the harbour plan for a week after residents objected again.");
		assertThat(article.paragraphs()).extracting(ParagraphContent::text)
			.noneMatch(text -> text.startsWith("The council put off"));
	}

	@Test
	void aDescriptionThePageDoesNotShowOrTheBodyHoldsIsNoStandfirst() throws Exception {
		// written for search engines only
		assertThat(parse(standfirstPage(
				"The council put off its decision on the harbour plan for a week after residents objected again.", ""))
			.standfirst()).isNull();
		// the lead paragraph given again as the description
		assertThat(parse(standfirstPage("Residents had asked for a vote in March.", "")).standfirst()).isNull();
		assertThat(parse(standfirstPage("The council met on Monday to discuss the harbour plan, officials said. The "
				+ "mayor told reporters that a decision would come on Friday, after the last objections were heard.", ""))
			.standfirst()).isNull();
		// the headline given again as the description, and shown again below it
		String headline = "Council delays its vote on the harbour plan for another week";
		assertThat(parse(standfirstPage(headline, headline, "<h2>" + headline + "</h2>")).standfirst()).isNull();
		// too short to summarise a story: a label
		assertThat(parse(standfirstPage("Latest harbour news", "<p class=\"excerpt\">Latest harbour news</p>"))
			.standfirst()).isNull();
	}

	@Test
	void aCutDescriptionFindsTheWholeStandfirstButNotADateLineRunOn() throws Exception {
		assertThat(parse(standfirstPage("The council put off its decision on the harbour plan for a week after…",
				"<p class=\"dek\">The council put off its decision on the harbour plan for a week after residents "
						+ "objected again.</p>"))
			.standfirst()).endsWith("after residents objected again.");
		assertThat(parse(standfirstPage("The council put off its decision on the harbour plan for a week after…",
				"<p class=\"dek\">The council put off its decision on the harbour plan for a week after residents "
						+ "objected<span>Monday, 6 January 2025</span></p>"))
			.standfirst()).isNull();
	}

	@Test
	void aShortArticleWhoseRetriesEndInANewContainerIsRead() throws Exception {
		// Under Readability's 500 characters every retry runs; the last one's candidate here is a container it made
		// for the page's content, which a retry takes out of the page again, and Readability4J's text-direction
		// lookup then threw: the page was refused as one the parser cannot handle. (Found on a real blog post.)
		String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Photos by phone</title></head><body><div id=\"main\">"
				+ "<div class=\"Sheet\"><div class=\"Sheet-body\"><div class=\"contentLayout\"><div class=\"content\">"
				+ "<div class=\"Post\"><div class=\"Post-body\"><div class=\"Post-inner article\"><div class=\"PostContent\">"
				+ "<p>All of his photos were taken with his own smartphones(!), here is a sensational example :</p>"
				+ "<p>His portrait, many more examples, as well as background notes can be found right here:</p>"
				+ "<p>Technical notes: he works with the first phone (16-megapixel front camera, and a 20MP rear one), "
				+ "and the second (16MP rear camera). The real superstars here are, however, the really special lenses he "
				+ "has in use, all of them by .</p>"
				+ "<p>Truly lovely, and more of this please! <em>Stop posting your selfies, make art instead!</em></p>"
				+ "<div id=\"post-ratings-5918\" class=\"post-ratings\">"
				+ "<img id=\"rating_5918_3\" src=\"rating_off.gif\" alt=\"3 Stars - good!\" title=\"3 Stars - good!\">"
				+ "<img id=\"rating_5918_4\" src=\"rating_off.gif\" alt=\"4 Stars - excellent!\" title=\"4 Stars - excellent!\">"
				+ "<img id=\"rating_5918_5\" src=\"rating_off.gif\" alt=\"5 Stars - superb!\" title=\"5 Stars - superb!\">"
				+ " (Rate me? // Rate this posting?)</div>"
				+ "<div id=\"post-ratings-5918-loading\" class=\"post-ratings-loading\">Loading...</div></div></div></div>"
				+ "</div></div></div></div></div></div>  </body></html>";
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.anyMatch(text -> text.startsWith("Technical notes: he works with the first phone"));
	}

	@Test
	void aStorySetInSeveralContainersOfOneKindIsReadWhole() throws Exception {
		// The lead in a container of its own, an advertisement, then the rest of the story in another container of
		// the same element and class, in another section of the page: Readability takes the richer one.
		String story = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour vote put off</title></head><body>
				<section class="row"><div class="column"><div class="story-text">
				<p>%s</p><p>%s</p></div></div></section>
				<section class="row"><aside class="ad"><p>Advertisement</p></aside></section>
				<section class="row"><div class="column"><div class="story-text">%s</div></div></section>
				<section class="row"><div class="column"><div class="story-text">
				<p>Tell us what you think of this story.</p></div></div></section>
				<section class="row"><div class="comments"><p>%s</p></div><div class="comments"><p>%s</p></div></section>
				</body></html>""".formatted(
				"The harbour council put off its vote on the new marina on Monday, after a third evening of objections "
						+ "from residents who say the plan would close the old fishing quay for good.",
				"The mayor, who backs the plan, said a decision would now come next week, once the last written "
						+ "objections had been read and answered by the council's planning officers.",
				paragraphs("Residents had asked for a public vote in March, and more than two thousand of "
						+ "them signed a petition that the council received at its meeting last month.", 6),
				"I have lived by the quay for forty years and nobody asked me anything about the marina plan at all.",
				"The council should listen to the fishermen before it listens to the developers, in my humble opinion.");
		assertThat(parse(story).paragraphs()).extracting(ParagraphContent::text)
			.startsWith("The harbour council put off its vote on the new marina on Monday, after a third evening of "
					+ "objections from residents who say the plan would close the old fishing quay for good.")
			.noneMatch(text -> text.startsWith("Tell us what you think"))
			.noneMatch(text -> text.contains("forty years") || text.contains("humble opinion"));
	}

	@Test
	void aStoryInsideAnElementNamedLikeFurnitureIsRead() throws Exception {
		// "above-footer" reads as a footer to Readability, which would strip the element, and the story in it, whole,
		// and take the advertisers' notice, long enough to pass for an article; the real footer and a sidebar of the
		// same page stay furniture.
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour vote put off</title></head><body>
				<div class="sidebar"><p>Sign up for our newsletter to get the latest harbour news in your inbox.</p></div>
				<div class="disclosure">%s</div>
				<div class="above-footer"><div class="post-content"><div class="article-body">%s</div></div></div>
				<footer class="footer"><p>Copyright 2025 Harbour News. All rights reserved by the publisher.</p></footer>
				</body></html>""".formatted(paragraphs("Some of the offers on this site come from advertisers, "
				+ "who may pay us when readers follow a link to them; this does not change what we write.", 5),
				paragraphs("The harbour council put off its vote on the new marina on Monday, after a third "
						+ "evening of objections from residents of the old fishing quay.", 12));
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.contains("The harbour council put off its vote on the new marina on Monday, after a third evening of "
					+ "objections from residents of the old fishing quay.")
			.noneMatch(text -> text.contains("newsletter") || text.contains("Copyright"));
	}

	@Test
	void aDatelineSetInItsParagraphStaysInIt() throws Exception {
		// Readability takes the first element of a byline-like class for the byline and cut it out of its paragraph.
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour vote put off</title></head><body><article>
				<p><span class="dateline">KOBE – </span>The harbour council put off its vote on the new marina on Monday,
				after a third evening of objections from residents of the old fishing quay.</p>%s</article></body></html>"""
			.formatted(paragraphs("Residents had asked for a public vote in March, and more than two "
					+ "thousand of them signed a petition that the council received at its meeting last month.", 4));
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.startsWith("KOBE – The harbour council put off its vote on the new marina on Monday, after a third evening "
					+ "of objections from residents of the old fishing quay.");
	}

	@Test
	void whatFollowsASplitStoryInItsDressIsNotTheStory() throws Exception {
		// An author's biography after the story, in the same kind of container as the story's parts.
		String lead = "The harbour council put off its vote on the new marina on Monday, after a third evening of "
				+ "objections.";
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour vote put off</title></head><body>
				<section><div class="text"><p>%s</p><p>%s</p></div></section>
				<section><aside class="ad"><p>Advertisement</p></aside></section>
				<section><div class="text">%s</div></section>
				<footer><div class="text"><p>%s</p></div></footer>
				</body></html>""".formatted(lead, lead.replace("Monday", "Sunday"), ("<p>" + lead.replace("vote",
				"final vote") + "</p>").repeat(8), "Jane Roe has covered the harbour and its council for the paper since "
						+ "2009, and before that she wrote about fishing and boats for a trade weekly in the north.");
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.startsWith(lead)
			.noneMatch(text -> text.startsWith("Jane Roe"));
	}

	@Test
	void readersCommentsThatOutweighTheStoryStayOut() throws Exception {
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour vote put off</title></head><body>
				<div class="story">%s</div><div id="comments">%s</div></body></html>""".formatted(
				paragraphs("The harbour council put off its vote on the new marina on Monday, after a third "
						+ "evening of objections from residents.", 8),
				paragraphs("I have lived by the quay for forty years and nobody ever asked me what I thought "
						+ "of any marina plan, not once in all that time.", 14));
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.isNotEmpty()
			.noneMatch(text -> text.contains("forty years"));
	}

	@Test
	void aBylineLineWithItsDateIsNotBodyText() throws Exception {
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour vote put off</title></head><body><article>
				<p><span class="byline">By Jane Doe, harbour correspondent</span> <time>6 January 2025, 10:00</time></p>
				%s</article></body></html>""".formatted(paragraphs("The harbour council put off its vote on "
				+ "the new marina on Monday, after a third evening of objections from residents.", 5));
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.noneMatch(text -> text.contains("Jane Doe"));
	}

	@Test
	void aStoryBesideALongTableOfNamesIsReadNotRefused() throws Exception {
		// Readability scores commas: a table of hundreds of constituencies outscores the story beside it, and its
		// cells are no running text, so the page was refused as having no article.
		StringBuilder table = new StringBuilder("<table class=\"results\">");
		for (int row = 0; row < 200; row++) {
			table.append("<tr><td>North Harbour, East Quay, Old Town, Mill Lane, Ward %d</td>".formatted(row))
				.append("<td>Fishing Coast, West Cliff, Bay, Upper Town, Ward %d</td></tr>".formatted(row));
		}
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour vote put off</title></head><body>
				<div class="story">%s</div>%s</table></body></html>""".formatted(paragraphs("The harbour "
				+ "council put off its vote on the new marina on Monday, after a third evening of objections from "
				+ "residents.", 6), table);
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.contains("The harbour council put off its vote on the new marina on Monday, after a third evening of "
					+ "objections from residents.");
	}

	@Test
	void aHiddenPopupIsNotTheArticleHoweverLongItIs() throws Exception {
		// a popup kept in the page, hidden until a visitor opens it, longer than the report it sits beside
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour vote put off</title></head><body>
				<div class="popup" role="dialog" aria-hidden="true"><div class="popup-content">%s</div></div>
				<article><div class="entry-content">%s</div></article></body></html>""".formatted(
				paragraphs("The old fort on the hill was built in 1841 by a general who wanted his soldiers "
						+ "away from the fevers of the plain, and its barracks still stand today.", 12),
				paragraphs("The harbour council put off its vote on the new marina on Monday, after a third "
						+ "evening of objections from residents.", 3));
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.contains("The harbour council put off its vote on the new marina on Monday, after a third evening of "
					+ "objections from residents.")
			.noneMatch(text -> text.contains("old fort"));
	}

	@Test
	void aPageSavedWhileADialogHidItsStoryIsStillRead() throws Exception {
		// a consent dialog open when the page was saved: the script marked everything else hidden
		String page = """
				<!DOCTYPE html><html lang="en"><head><title>Harbour vote put off</title></head><body>
				<div id="app" aria-hidden="true"><article>%s</article></div>
				<div role="dialog"><p>We use cookies to improve your experience.</p></div></body></html>""".formatted(
				paragraphs("The harbour council put off its vote on the new marina on Monday, after a third "
						+ "evening of objections from residents.", 4));
		assertThat(parse(page).paragraphs()).extracting(ParagraphContent::text)
			.contains("The harbour council put off its vote on the new marina on Monday, after a third evening of "
					+ "objections from residents.");
	}

	/** The sentence as so many paragraphs of a page's article. */
	private static String paragraphs(String sentence, int times) {
		return ("<p>" + sentence + "</p>").repeat(times);
	}

	private static String standfirstPage(String description, String header) {
		return standfirstPage("Council delays vote", description, header);
	}

	private static String standfirstPage(String headline, String description, String header) {
		return """
				<!DOCTYPE html><html lang="en"><head><title>%s</title>
				<meta name="description" content="%s"></head><body>
				<header><h1>%s</h1>%s</header>
				<article>%s</article></body></html>""".formatted(headline, description.replace("\"", "&quot;"), headline,
				header, BODY);
	}

	private static ParsedArticle parse(String html) throws Exception {
		return new PageParser(SENTENCES).parse(PageParser.read(html.getBytes(StandardCharsets.UTF_8)));
	}

}
