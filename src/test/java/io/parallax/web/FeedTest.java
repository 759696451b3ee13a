package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import io.parallax.DisagreementStory;
import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.ValidationDriver;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The Atom feeds: valid against the Atom schema (RELAX NG, with Jing) and the RFC's rules the schema cannot say,
 * holding the stories and a story's articles, and linked from the pages with {@code <link rel="alternate">}.
 */
@IntegrationTest
class FeedTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	@Test
	void theStoriesFeedIsValidAtomAndListsTheSeedStory() throws Exception {
		String slug = new SeedStory(mvc).slug();
		String xml = feed("/feeds/stories.atom");
		assertThat(schemaErrors(xml)).isEmpty();
		Document atom = parse(xml);
		assertThat(values(atom, "/*[local-name()='feed']/*[local-name()='entry']/*[local-name()='id']"))
			.contains("http://localhost/stories/" + slug);
		assertRfcRules(atom);
	}

	@Test
	void aStorysFeedHasItsArticlesWithTheirHeadlinesAndBylines() throws Exception {
		String slug = new SeedStory(mvc).slug();
		String xml = feed("/stories/" + slug + "/feed.atom");
		assertThat(schemaErrors(xml)).isEmpty();
		Document atom = parse(xml);
		assertThat(values(atom, "//*[local-name()='entry']")).hasSize(5);
		assertThat(values(atom, "//*[local-name()='entry']/*[local-name()='title']"))
			.contains("Trump and Putin to meet in coming days, Kremlin aide says");
		assertThat(values(atom, "//*[local-name()='entry']/*[local-name()='author']/*[local-name()='name']"))
			.contains("KAM Isaac");
		assertThat(values(atom, "//*[local-name()='entry']/*[local-name()='summary']"))
			.anySatisfy(summary -> assertThat(summary).startsWith("Invezz: "));
		assertThat(values(atom, "//*[local-name()='entry']/*[local-name()='published']"))
			.as("dated when the outlets published them, not when they were imported")
			.anySatisfy(published -> assertThat(published).startsWith("2025-08-"));
		assertRfcRules(atom);
	}

	@Test
	void aStorysDisagreementsFeedHasEachClaimTheOutletsDisagreeOnWithTheirValues() throws Exception {
		String slug = DisagreementStory.imported(imports);
		String xml = feed("/stories/" + slug + "/disagreements.atom");
		assertThat(schemaErrors(xml)).isEmpty();
		Document atom = parse(xml);
		String claims = mvc.get().uri("/api/stories/{slug}/claims?size=500", slug).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> discrepant = com.jayway.jsonpath.JsonPath.read(claims, "$[?(@.agreement == 'DISCREPANT')].statement");
		assertThat(values(atom, "//*[local-name()='entry']/*[local-name()='title']"))
			.containsExactlyInAnyOrderElementsOf(discrepant)
			.anySatisfy(title -> assertThat(title).contains("firefighters were treated in hospital"));
		assertThat(values(atom, "//*[local-name()='entry']/*[local-name()='id']"))
			.allSatisfy(id -> assertThat(id).matches("http://localhost/stories/" + slug + "/claims/\\d+"));
		assertThat(values(atom, "//*[local-name()='entry']/*[local-name()='summary']"))
			.as("two outlets count fourteen firefighters in hospital, one nine")
			.anySatisfy(summary -> assertThat(summary).startsWith("Numbers: ")
				.contains("Northgate Evening News says “Nine", "The Harbour Courier", "Coastline Daily", "say “Fourteen"));
		assertRfcRules(atom);
		assertThat(mvc.get().uri("/stories/{slug}", slug)).bodyText().contains(
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/stories/" + slug + "/disagreements.atom\"");
		assertThat(mvc.get().uri("/stories/no-such-story/disagreements.atom")).hasStatus(404);
	}

	@Test
	void weekdaysCountedFromEachArticlesOwnDayAreNotInTheDisagreementsFeed() throws Exception {
		String xml = feed("/stories/" + new SeedStory(mvc).slug() + "/disagreements.atom");
		assertThat(schemaErrors(xml)).isEmpty();
		assertThat(values(parse(xml), "//*[local-name()='entry']"))
			.as("the seeds' weekday difference (Friday against Wednesday) is counted from each article's day: worth"
					+ " checking, not in the feed; their genuine one is Witkoff's fifth meeting with Putin against four")
			.singleElement().asString().contains("“fifth time”", "“four times previously”", "“four trips”").doesNotContain("“Friday”");
	}

	@Test
	void aFeedWithNoEntriesIsAsNewAsItsStory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root).write("lone.txt", """
				Harbour bridge reopens after repairs

				The harbour bridge reopened to traffic on Monday after three months of repairs, the council said.
				Engineers replaced the cables and resurfaced the deck.
				""");
		imports.importFolder(root, "test");
		String xml = feed("/stories/" + story.slug() + "/disagreements.atom");
		assertThat(schemaErrors(xml)).isEmpty();
		Document atom = parse(xml);
		assertThat(values(atom, "//*[local-name()='entry']")).isEmpty();
		assertThat(values(atom, "/*[local-name()='feed']/*[local-name()='updated']")).singleElement().asString()
			.doesNotStartWith("1970").startsWith(String.valueOf(java.time.Year.now().getValue()));
	}

	@Test
	void theSchemaCatchesAnInvalidFeed() throws Exception {
		assertThat(schemaErrors("""
				<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><updated>yesterday</updated></feed>"""))
			.isNotEmpty();
	}

	@Test
	void pagesLinkTheirFeeds() {
		String slug = new SeedStory(mvc).slug();
		assertThat(mvc.get().uri("/")).bodyText()
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/stories.atom\"");
		String storyFeed = "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/stories/" + slug + "/feed.atom\"";
		assertThat(mvc.get().uri("/stories/{slug}", slug)).bodyText().contains(storyFeed);
		assertThat(mvc.get().uri("/stories/{slug}/quotes", slug)).bodyText().contains(storyFeed);
		assertThat(mvc.get().uri("/articles/{id}", new SeedStory(mvc).articleId("002_7a0600d7a3d15911.txt"))).bodyText()
			.contains(storyFeed);
		assertThat(mvc.get().uri("/stories/no-such-story/feed.atom")).hasStatus(404)
			.as("the page that says so is HTML, not Atom").hasContentTypeCompatibleWith("text/html");
	}

	private String feed(String path) {
		var result = assertThat(mvc.get().uri(path)).hasStatusOk()
			.hasContentTypeCompatibleWith("application/atom+xml");
		return result.bodyText().actual();
	}

	/** Every entry has an author (its own or the feed's) and an alternate link (RFC 4287, 4.1.1 and 4.1.2). */
	private static void assertRfcRules(Document atom) throws Exception {
		boolean feedAuthor = !values(atom, "/*[local-name()='feed']/*[local-name()='author']").isEmpty();
		NodeList entries = (NodeList) XPathFactory.newInstance().newXPath()
			.evaluate("//*[local-name()='entry']", atom, XPathConstants.NODESET);
		for (int i = 0; i < entries.getLength(); i++) {
			var xpath = XPathFactory.newInstance().newXPath();
			var entry = entries.item(i);
			assertThat(feedAuthor || (Boolean) xpath.evaluate("boolean(*[local-name()='author'])", entry,
					XPathConstants.BOOLEAN)).isTrue();
			assertThat((Boolean) xpath.evaluate("boolean(*[local-name()='link'][@rel='alternate'])", entry,
					XPathConstants.BOOLEAN)).isTrue();
		}
	}

	private static List<String> schemaErrors(String xml) throws Exception {
		List<String> errors = new ArrayList<>();
		ErrorHandler collect = new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add(ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				error(ex);
			}
		};
		PropertyMapBuilder properties = new PropertyMapBuilder();
		properties.put(ValidateProperty.ERROR_HANDLER, collect);
		ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
		assertThat(driver.loadSchema(new InputSource(new ClassPathResource("schemas/atom.rnc").getURL().toString())))
			.as("the schema loads: %s", errors).isTrue();
		driver.validate(new InputSource(new StringReader(xml)));
		return errors;
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static List<String> values(Document document, String path) throws Exception {
		NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, document,
				XPathConstants.NODESET);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			values.add(nodes.item(i).getTextContent().strip());
		}
		return values;
	}

}
