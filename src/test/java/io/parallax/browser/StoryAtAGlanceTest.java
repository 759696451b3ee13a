package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.parallax.DisagreementStory;
import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The story at a glance, on a desktop and on a phone: labels instead of file names on every reader page, a claims
 * matrix whose cells say what each article gives without being opened, and charts whose numbers are those of the
 * tables under them, one click from the story page; axe-core finds nothing on any of them.
 */
@IntegrationTest
class StoryAtAGlanceTest {

	/** The seed files' names: a number and a hash, which a reader must never be shown. */
	private static final Pattern FILE_NAME = Pattern.compile("\\d{3}_[0-9a-f]{16}(\\.txt)?");

	private static final List<String> STORY_PAGES = List.of("", "/charts", "/claims", "/claims?show=discrepant",
			"/compare", "/timeline", "/quotes", "/sources", "/entities");

	@LocalServerPort
	private int port;

	private WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private void open(int width) throws Exception {
		assumeTrue(Browser.isInstalled() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not installed");
		browser = Browser.start(width, 900);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375 })
	void everyStoryPageNamesArticlesByLabelAndPassesAxe(int width) throws Exception {
		open(width);
		String story = seedStory();
		for (String page : STORY_PAGES) {
			browser.get(story + page);
			String text = browser.findElement(By.tagName("main")).getText();
			assertThat(FILE_NAME.matcher(text).find()).as("a file name on %s at %d px", page, width).isFalse();
			if (page.equals("/claims?show=discrepant")) {
				assertThat(text).as("the seeds' genuine difference (Witkoff's fifth meeting with Putin, or his fourth) is"
						+ " listed; their weekday one, counted from each article's day, is only worth checking")
					.contains("fifth time").doesNotContain("No claims match.");
			}
			else if (!page.equals("/entities")) {
				assertThat(text).as("labels on %s", page).contains("Invezz");
			}
			assertNoAccessibilityViolations();
			if (width < 400) {
				assertThat(horizontalOverflow()).as("%s scrolls sideways on a phone", page).isZero();
			}
		}
		browser.get("http://localhost:" + port + "/stories/" + DisagreementStory.imported(imports)
				+ "/claims?show=discrepant");
		assertThat(browser.findElement(By.tagName("main")).getText()).as("labels where the outlets disagree")
			.contains("Northgate Evening News", "The Harbour Courier", "Coastline Daily");
		assertNoAccessibilityViolations();
		if (width < 400) {
			assertThat(horizontalOverflow()).as("where the outlets disagree scrolls sideways on a phone").isZero();
		}
		browser.get(story);
		String firstArticle = browser.findElement(By.cssSelector("#main .cards .card h3 a")).getAttribute("href");
		browser.get(firstArticle);
		assertThat(FILE_NAME.matcher(browser.findElement(By.tagName("main")).getText()).find()).isFalse();
		assertNoAccessibilityViolations();
		browser.get(story + "/claims");
		String claim = browser.findElement(By.cssSelector("a.statement")).getAttribute("href");
		browser.get(story + "/quotes");
		String quote = browser.findElement(By.cssSelector("a.quote-link")).getAttribute("href");
		for (String page : List.of(claim, quote)) {
			browser.get(page);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isIn("Claim", "Quote");
			assertThat(FILE_NAME.matcher(browser.findElement(By.tagName("main")).getText()).find())
				.as("a file name on %s at %d px", page, width).isFalse();
			assertNoAccessibilityViolations();
			if (width < 400) {
				assertThat(horizontalOverflow()).as("%s scrolls sideways on a phone", page).isZero();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375 })
	void whoIsQuotedMostAndByWhomIsOneClickFromTheStoryAndTheChartMatchesItsTable(int width) throws Exception {
		open(width);
		browser.get(seedStory());
		clickAndLoad(browser.findElement(By.linkText("Who is quoted most, and by whom")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("At a glance");
		assertThat(browser.findElement(By.cssSelector("#quoted-heading + .meta")).getText())
			.startsWith("Donald Trump is quoted most");

		List<WebElement> chartRows = browser.findElements(By.cssSelector("svg.quote-chart g.chart-row"));
		List<WebElement> tableRows = browser.findElements(By.cssSelector("table.quoted-table tbody tr"));
		int articles = browser.findElements(By.cssSelector("table.quoted-table thead th")).size() - 2;
		assertThat(chartRows).isNotEmpty().hasSameSizeAs(tableRows);
		for (int r = 0; r < chartRows.size(); r++) {
			WebElement row = chartRows.get(r);
			List<WebElement> cells = tableRows.get(r).findElements(By.tagName("td"));
			assertThat(row.getAttribute("data-speaker")).isEqualTo(tableRows.get(r).findElement(By.tagName("th")).getText());
			assertThat(row.findElement(By.cssSelector("text.total")).getText()).isEqualTo(cells.get(articles).getText());
			List<String> drawn = row.findElements(By.cssSelector("g.cell > text.value")).stream().map(WebElement::getText).toList();
			List<String> tabled = cells.subList(0, articles).stream().map(WebElement::getText).filter(n -> !n.equals("0")).toList();
			assertThat(drawn).isEqualTo(tabled);
		}

		List<WebElement> bars = browser.findElements(By.cssSelector("svg.coverage-chart g.chart-row"));
		List<WebElement> coverage = browser.findElements(By.cssSelector("table.coverage-table tbody tr"));
		assertThat(bars).isNotEmpty().hasSameSizeAs(coverage);
		for (int r = 0; r < bars.size(); r++) {
			assertThat(bars.get(r).getAttribute("data-article")).isEqualTo(coverage.get(r).getAttribute("data-article"));
			assertThat(bars.get(r).findElements(By.cssSelector("text.value")).stream().map(WebElement::getText).toList())
				.isEqualTo(coverage.get(r).findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
		}
		assertNoAccessibilityViolations();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375 })
	void theTimelineStripMatchesItsTableAndDatesKeepTheirPrecision(int width) throws Exception {
		open(width);
		browser.get(seedStory() + "/timeline");
		List<WebElement> stops = browser.findElements(By.cssSelector("svg.timeline-strip g.stop"));
		List<WebElement> rows = browser.findElements(By.cssSelector("table.strip-table tbody tr"));
		assertThat(stops).isNotEmpty().hasSameSizeAs(rows);
		for (int i = 0; i < stops.size(); i++) {
			assertThat(stops.get(i).getAttribute("data-date")).isEqualTo(rows.get(i).getAttribute("data-date"));
			assertThat(stops.get(i).findElement(By.cssSelector("text.value")).getAttribute("textContent"))
				.isEqualTo(rows.get(i).findElement(By.tagName("td")).getAttribute("textContent"));
		}
		// A month is a month: "December 2019", never a weekday and a day of it.
		String dated = browser.findElement(By.cssSelector("ol.timeline")).getText();
		assertThat(dated).contains("December 2019").doesNotContain("Sunday 1 December 2019");
		assertNoAccessibilityViolations();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375 })
	void whichOutletsDisagreeOnWhatIsOneClickAndEveryCellSaysItWithoutOpening(int width) throws Exception {
		open(width);
		browser.get("http://localhost:" + port + "/stories/" + DisagreementStory.imported(imports));
		clickAndLoad(browser.findElement(By.linkText("Where the outlets differ, and on what")));
		assertThat(browser.getCurrentUrl()).contains("show=discrepant");
		List<WebElement> rows = browser.findElements(By.cssSelector(".matrix tbody tr"));
		assertThat(rows).isNotEmpty();
		int columns = browser.findElements(By.cssSelector(".matrix thead th")).size() - 1;
		List<String> values = new ArrayList<>();
		for (WebElement row : rows) {
			List<WebElement> cells = row.findElements(By.tagName("td"));
			assertThat(cells).hasSize(columns);
			for (WebElement cell : cells) {
				WebElement status = cell.findElement(By.cssSelector(".status"));
				assertThat(status.isDisplayed()).isTrue();
				assertThat(status.getText()).isIn("Reported", "Reports it differently", "Reports it, worth checking", "Left out", "Not reported", "LEFT OUT");
				for (WebElement value : cell.findElements(By.cssSelector(".slots dd"))) {
					assertThat(value.isDisplayed()).as("a value shown without opening the cell").isTrue();
					values.add(value.getText());
				}
			}
			assertThat(row.findElement(By.cssSelector("th a.statement")).getAttribute("href")).matches(".*/claims/\\d+");
		}
		assertThat(values).as("the differing values, in words").allMatch(v -> !v.isBlank())
			.contains("Fourteen firefighters", "Nine firefighters", "3 March", "12 March");
		if (width >= 1280) {
			assertThat(columns).isEqualTo(4);
			WebElement claim = browser.findElement(By.cssSelector(".matrix tbody th.claim-col"));
			assertThat(claim.getCssValue("position")).isEqualTo("sticky");
			assertThat(browser.findElement(By.cssSelector(".scroll-cue")).getText()).contains("stays in place");
		}
		else {
			assertThat(horizontalOverflow()).isZero();
			assertThat(rows.get(0).findElement(By.cssSelector("td .cell-outlet")).isDisplayed())
				.as("each answer says whose it is on a phone").isTrue();
		}
		assertNoAccessibilityViolations();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375 })
	void anArticleLinksANameOnceAParagraphAndItsOriginalTextIsAPageWithTheWayBack(int width) throws Exception {
		open(width);
		browser.get(seedStory());
		clickAndLoad(browser.findElement(By.cssSelector("#main .cards .card h3 a")));
		String article = browser.getCurrentUrl();
		int linked = 0;
		for (WebElement paragraph : browser.findElements(By.cssSelector(".body p[id]"))) {
			List<String> targets = paragraph.findElements(By.cssSelector("a.mark-entity")).stream()
				.map(a -> a.getAttribute("href")).toList();
			assertThat(targets).as("each name linked once in a paragraph").doesNotHaveDuplicates();
			linked += targets.size();
		}
		assertThat(linked).isPositive();
		assertThat(browser.findElements(By.partialLinkText("Correct the outlet"))).as("an admin's link, for readers").isEmpty();
		assertThat(browser.findElement(By.cssSelector(".site-footer a[href$='/login']")).getText()).contains("Log in");
		assertNoAccessibilityViolations();

		clickAndLoad(browser.findElement(By.linkText("The original text")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The original text");
		assertThat(browser.findElement(By.cssSelector("pre.original")).getText()).contains("Trump");
		assertNoAccessibilityViolations();
		if (width < 400) {
			assertThat(horizontalOverflow()).isZero();
		}
		clickAndLoad(browser.findElement(By.partialLinkText("Back to the article")));
		assertThat(browser.getCurrentUrl()).isEqualTo(article);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375 })
	void theAdminSeesTheAdminsLinksTimesAsPeopleWriteThemAndTheSitesControls(int width) throws Exception {
		open(width);
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("test-admin-password");
		clickAndLoad(browser.findElement(By.cssSelector("form.stacked button")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Admin");
		WebElement button = browser.findElement(By.xpath("//button[normalize-space()='Re-import the seeds']"));
		assertThat(button.getCssValue("font-family")).as("the site's type, not the browser's serif").contains("system-ui");
		List<String> durations = browser.findElements(By.xpath("//table[caption='Imports']//tbody/tr/td[4]")).stream()
			.map(WebElement::getText).toList();
		assertThat(durations).isNotEmpty().allMatch(d -> d.matches("\\d{1,3} ms|\\d+\\.\\d s|\\d+ min( \\d+ s)?|\\d+ h( \\d+ min)?|—"));
		assertThat(browser.findElement(By.cssSelector("table time")).getText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, .* UTC");
		assertNoAccessibilityViolations();

		browser.get(seedStory());
		clickAndLoad(browser.findElement(By.cssSelector("#main .cards .card h3 a")));
		String article = browser.getCurrentUrl();
		clickAndLoad(browser.findElement(By.linkText("Correct the outlet or date (admin)")));
		WebElement date = browser.findElement(By.id("publishedOn"));
		assertThat(date.getAttribute("type")).isEqualTo("text");
		assertThat(date.getAttribute("value")).matches("(\\d{1,2} [A-Z][a-z]+ \\d{4})?");
		assertNoAccessibilityViolations();
		if (width < 400) {
			assertThat(horizontalOverflow()).isZero();
		}

		var reader = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(article)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(reader.body()).as("a reader is never served the admin's copy").doesNotContain("Correct the outlet");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375 })
	void aReaderCopiesAnItemsLinkAndALinkedParagraphIsMarkedOnArrival(int width) throws Exception {
		open(width);
		String story = seedStory();
		((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Browser.grantPermissions", java.util.Map.of(
				"origin", "http://localhost:" + port, "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		browser.get(story);
		List<WebElement> links = browser.findElements(By.cssSelector(".permalink a"));
		assertThat(links).as("the story and each article card").hasSizeGreaterThan(5);
		assertThat(links).allSatisfy(link -> assertThat(link.isDisplayed()).as("replaced by its button").isFalse());
		WebElement card = browser.findElement(By.cssSelector("#main .cards .card"));
		String article = card.findElement(By.cssSelector("h3 a")).getAttribute("href");
		WebElement copy = card.findElement(By.cssSelector(".permalink button.copy-link"));
		assertThat(copy.getText()).isEqualTo("Copy link");
		assertThat(copy.getAttribute("aria-label")).startsWith("Copy link to ");
		copy.click();
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> copy.getText().equals("Copied"));
		assertThat(browser.findElement(By.cssSelector("[role=status][aria-live=polite]")).getAttribute("textContent"))
			.startsWith("Copied the link to ");
		Object copied = ((JavascriptExecutor) browser).executeAsyncScript(
				"navigator.clipboard.readText().then(arguments[0], e => arguments[0]('refused: ' + e))");
		assertThat(copied).isEqualTo(article);
		assertNoAccessibilityViolations();
		if (width < 400) {
			assertThat(horizontalOverflow()).isZero();
		}
		((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
			.renameTo(new java.io.File("target/permalink-story-" + width + ".png"));

		browser.get(article + "#p-2");
		WebElement paragraph = browser.findElement(By.id("p-2"));
		assertThat(paragraph.getCssValue("border-left-style")).as("a rule beside it, not only a colour").isEqualTo("solid");
		assertThat(paragraph.getCssValue("outline-style")).isEqualTo("solid");
		assertThat(((JavascriptExecutor) browser).executeScript(
				"return getComputedStyle(document.getElementById('p-2'), '::before').content")).asString().contains("▶");
		assertNoAccessibilityViolations();
		((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
			.renameTo(new java.io.File("target/permalink-paragraph-" + width + ".png"));

		// The second sentence of a paragraph: only it is marked, not the paragraph around it.
		String sentenceId = browser.findElement(By.cssSelector("p > .sentence[id] + .sentence[id]")).getAttribute("id");
		browser.get(article + "#" + sentenceId);
		WebElement sentence = browser.findElement(By.id(sentenceId));
		assertThat(sentence.getCssValue("outline-style")).as("the linked sentence, inside its paragraph").isEqualTo("solid");
		assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.getElementById('"
				+ sentenceId + "'), '::before').content")).asString().contains("▶");
		assertThat(sentence.findElement(By.xpath("..")).getCssValue("outline-style")).isEqualTo("none");
		assertNoAccessibilityViolations();
		((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
			.renameTo(new java.io.File("target/permalink-sentence-" + width + ".png"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/charts", "/claims?show=discrepant", "/timeline" })
	void theDarkSchemeKeepsTheContrast(String page) throws Exception {
		open(1280);
		((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia",
				java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
		browser.get(seedStory() + page);
		assertThat(browser.findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo("rgba(21, 24, 28, 1)");
		assertNoAccessibilityViolations();
	}

	/** A story of more articles than the matrix has columns, imported once for both widths. */
	private static String wideStory;

	@Autowired
	private ImportService imports;

	@ParameterizedTest
	@ValueSource(ints = { 1280, 375 })
	void aStoryWiderThanTheMatrixShowsTheArticlesThatCarryThePagesClaims(int width) throws Exception {
		open(width);
		if (wideStory == null) {
			Path root = Files.createTempDirectory("parallax-wide-story");
			String slug = StoryFolderFixture.replicated(root, 20).slug();
			assertThat(imports.importFolder(root, "test").succeeded()).isTrue();
			wideStory = slug;
		}
		browser.get("http://localhost:" + port + "/stories/" + wideStory + "/claims");
		assertThat(browser.findElements(By.cssSelector(".matrix tbody tr"))).hasSize(20);
		assertThat(browser.findElement(By.cssSelector(".columns-note")).getText()).startsWith("Columns: 8 of the story’s 20");
		if (width >= 1280) {
			assertThat(browser.findElements(By.cssSelector(".matrix thead th"))).hasSize(9);
		}
		else {
			assertThat(horizontalOverflow()).isZero();
		}
		assertNoAccessibilityViolations();
	}

	private String seedStory() {
		browser.get("http://localhost:" + port + "/");
		return browser.findElements(By.cssSelector(".cards .card h2 a"))
			.stream()
			.filter(link -> !link.getText().startsWith("Test story"))
			.findFirst()
			.orElseThrow()
			.getAttribute("href");
	}

	private void clickAndLoad(WebElement element) {
		WebElement page = browser.findElement(By.tagName("html"));
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private long horizontalOverflow() {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		return ((Number) overflow).longValue();
	}

	private void assertNoAccessibilityViolations() {
		List<String> violations = new AxeBuilder().analyze(browser).getViolations()
			.stream()
			.map(Rule::getId)
			.map(id -> id + " on " + browser.getCurrentUrl())
			.toList();
		assertThat(violations).as("axe-core violations").isEmpty();
	}

}
