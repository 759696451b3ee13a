package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.parallax.DisagreementStory;
import io.parallax.IntegrationTest;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader's journey in a real browser: from the story list to a story, from a card to its article; every page
 * free of accessibility violations (axe-core) and readable on a phone.
 */
@IntegrationTest
class ReaderJourneyTest {

	@LocalServerPort
	private int port;

	private WebDriver browser;

	@Autowired
	private ImportService imports;

	@BeforeEach
	void openBrowser() throws Exception {
		// CI installs Chromium (.ci/run); a developer without it is told rather than failed.
		assumeTrue(Browser.isInstalled() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not installed");
		browser = Browser.start(1280, 900);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aReaderGoesFromTheStoryListToAnArticle() {
		browser.get("http://localhost:" + port + "/");
		assertNoAccessibilityViolations();
		WebElement storyLink = seedStoryLink();
		String storyTitle = storyLink.getText();
		clickAndLoad(storyLink);

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(storyTitle);
		assertThat(browser.findElements(By.cssSelector(".summary-lines li"))).hasSize(6);
		assertThat(browser.findElement(By.cssSelector(".summary-lines li .meta")).getText()).contains("From ",
				"independent origin");
		List<WebElement> cards = browser.findElements(By.cssSelector("#main .cards .card"));
		assertThat(cards).hasSizeGreaterThanOrEqualTo(5);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Unattributed", "Invezz", "DERIVED TITLE");
		assertNoAccessibilityViolations();

		WebElement card = cards.stream()
			.filter(c -> c.getText().contains("Trump and Putin to meet in coming days, Kremlin aide says"))
			.findFirst()
			.orElseThrow();
		clickAndLoad(card.findElement(By.cssSelector("h3 a")));

		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Trump and Putin to meet in coming days, Kremlin aide says");
		assertThat(browser.findElement(By.cssSelector(".standfirst")).getText())
			.startsWith("Trump’s deadline for Russia to agree a ceasefire");
		assertThat(browser.findElement(By.cssSelector(".meta time")).getText()).isEqualTo("7 August 2025");
		String body = browser.findElement(By.cssSelector(".body")).getText();
		assertThat(body).contains("Ushakov said a location for a meeting between Trump and Putin had been agreed")
			.doesNotContain("Connect with us")
			.doesNotContain("Published");
		assertNoAccessibilityViolations();
	}

	@Test
	void aReaderFollowsASummarySentenceToTheSentenceInItsArticle() {
		browser.get("http://localhost:" + port + "/");
		clickAndLoad(seedStoryLink());
		WebElement line = browser.findElement(By.cssSelector(".summary-lines li"));
		String sentence = line.findElement(By.cssSelector(".summary-text")).getText();
		clickAndLoad(line.findElement(By.partialLinkText("From ")));

		String fragment = browser.getCurrentUrl().replaceFirst("^[^#]*#", "");
		assertThat(fragment).matches("s-\\d+");
		WebElement target = browser.findElement(By.id(fragment));
		assertThat(target.getText()).isEqualTo(sentence);
		assertThat(target.getAttribute("class")).contains("sentence");
	}

	@Test
	void aJournalistFollowsAQuoteToItsSpeakerAndTheirMentions() {
		browser.get("http://localhost:" + port + "/");
		clickAndLoad(seedStoryLink());
		clickAndLoad(browser.findElement(By.linkText("Quotes")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quotes");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Great progress was made!", "Truth Social");
		assertNoAccessibilityViolations();

		clickAndLoad(browser.findElement(By.linkText("Sources")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sources cited by Invezz");
		assertNoAccessibilityViolations();

		clickAndLoad(browser.findElement(By.linkText("People, organisations and places")));
		clickAndLoad(browser.findElement(By.linkText("Yuri Ushakov")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Yuri Ushakov");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Kremlin aide", "Ushakov");
		assertNoAccessibilityViolations();

		clickAndLoad(browser.findElement(By.cssSelector("main h3 a")));
		assertThat(browser.findElements(By.cssSelector(".body .mark-quote"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Who is quoted", "Who is cited");
		assertNoAccessibilityViolations();
	}

	@Test
	void aJournalistComparesTheOutletsClaimByClaim() throws Exception {
		browser.get("http://localhost:" + port + "/stories/" + DisagreementStory.imported(imports));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(DisagreementStory.TITLE);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Coverage");
		clickAndLoad(browser.findElement(By.linkText("Claims")));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("show"))).selectByValue("discrepant");
		clickAndLoad(browser.findElement(By.cssSelector("form.filters button")));
		assertThat(browser.getCurrentUrl()).contains("show=discrepant");
		assertThat(browser.findElement(By.cssSelector(".matrix")).getText())
			.as("two outlets count fourteen firefighters in hospital, one nine; two date the inspection differently")
			.contains("Fourteen firefighters", "Nine firefighters", "3 March", "12 March")
			.doesNotContain("outstanding work");
		WebElement firstCell = browser.findElement(By.cssSelector(".matrix details summary"));
		assertThat(firstCell.getText()).isNotBlank();
		firstCell.click();
		assertThat(browser.findElement(By.cssSelector(".matrix details[open] p")).getText()).isNotBlank();
		assertNoAccessibilityViolations();

		String matrix = browser.getCurrentUrl();
		clickAndLoad(browser.findElements(By.cssSelector(".matrix th a.statement")).stream()
			.filter(link -> link.getText().contains("firefighters")).findFirst().orElseThrow());
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Where the articles differ",
				"Articles that say so", "Who reports it", "Northgate Evening News", "Nine firefighters",
				"Fourteen firefighters");
		assertNoAccessibilityViolations();
		browser.get(matrix);

		clickAndLoad(browser.findElement(By.linkText("Compare two articles")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("In both");
		assertNoAccessibilityViolations();

		clickAndLoad(browser.findElement(By.linkText("Timeline")));
		// every date of the fire story is written out: no heading for undated events
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dated events")
			.doesNotContain("Undated events");
		assertNoAccessibilityViolations();
	}

	@Test
	void anAdminLogsInReimportsWatchesItFinishAndFindsItInTheHistory() {
		browser.get("http://localhost:" + port + "/admin");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertNoAccessibilityViolations();
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("test-admin-password");
		clickAndLoad(browser.findElement(By.cssSelector("form.stacked button")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Admin");
		assertNoAccessibilityViolations();

		clickAndLoad(browser.findElement(By.xpath("//button[normalize-space()='Re-import the seeds']")));
		assertThat(browser.getCurrentUrl()).matches(".*/admin/imports/\\d+");
		String run = browser.findElement(By.tagName("h1")).getText();
		// The page reloads itself while the import runs: an element can go with the page it was read from (Chrome
		// reports that as stale, or as a node that no longer belongs to the document).
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
			.ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> d.findElement(By.cssSelector(".quote-facts dd")).getText().equals("SUCCEEDED"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Files", "UNCHANGED");
		assertNoAccessibilityViolations();

		clickAndLoad(browser.findElement(By.linkText("Imports")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(run.replace("Import ", ""));
		clickAndLoad(browser.findElement(By.linkText("Upload articles")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Upload articles");
		assertNoAccessibilityViolations();
		browser.get("http://localhost:" + port + "/");
		clickAndLoad(seedStoryLink());
		clickAndLoad(browser.findElement(By.cssSelector("#main .cards .card h3 a")));
		clickAndLoad(browser.findElement(By.linkText("Correct the outlet or date (admin)")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Outlet and publication date");
		assertNoAccessibilityViolations();
		browser.findElement(By.xpath("//button[normalize-space()='Log out']")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
			.until(d -> d.findElements(By.xpath("//button[normalize-space()='Log out']")).isEmpty());
		browser.get("http://localhost:" + port + "/admin");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
	}

	@Test
	void pagesFitAPhoneScreen() throws Exception {
		browser.quit();
		browser = Browser.start(375, 812);
		browser.get("http://localhost:" + port + "/");
		clickAndLoad(seedStoryLink());
		assertThat(horizontalOverflow()).as("story page scrolls sideways on a phone").isZero();
		String story = browser.getCurrentUrl();
		assertThat(tablesWiderThanTheScreen()).as("the story page's tables on a phone").isEmpty();
		for (String list : List.of("/sources", "/entities", "/compare")) {
			browser.get(story + list);
			assertThat(tablesWiderThanTheScreen()).as("the tables of " + list + " on a phone").isEmpty();
		}
		assertThat(browser.findElement(By.cssSelector("table.stack td[data-label]")).getText())
			.as("a cell on a phone says which column it is").isNotBlank();
		assertNoAccessibilityViolations();
		browser.get(story);
		clickAndLoad(browser.findElement(By.cssSelector("#main .cards .card h3 a")));
		assertThat(horizontalOverflow()).as("article page scrolls sideways on a phone").isZero();
		assertNoAccessibilityViolations();
		browser.get(story + "/quotes");
		assertThat(horizontalOverflow()).as("quote tracker scrolls sideways on a phone").isZero();
	}

	/** Clicks a link or button that loads a page, and waits until the new page has replaced the old one. */
	private void clickAndLoad(WebElement element) {
		WebElement page = browser.findElement(By.tagName("html"));
		element.click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20)).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				// Stale, or (as some Chromium versions say) no longer in the document: the new page is in.
				return true;
			}
		});
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/** Other tests add stories of their own, all titled "Test story …"; the seed story is the one that is not. */
	private WebElement seedStoryLink() {
		return browser.findElements(By.cssSelector(".cards .card h2 a"))
			.stream()
			.filter(link -> !link.getText().startsWith("Test story"))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The captions of the tables that are wider than their place, which a reader would have to scroll sideways
	 * (a chart may be: it is drawn to scale).
	 */
	@SuppressWarnings("unchecked")
	private List<String> tablesWiderThanTheScreen() {
		return (List<String>) ((JavascriptExecutor) browser).executeScript("""
				return [...document.querySelectorAll('.table-scroll')]
				  .filter(region => region.scrollWidth > region.clientWidth + 1)
				  .map(region => (region.querySelector('caption') || region).textContent.trim());""");
	}

	private long horizontalOverflow() {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		return ((Number) overflow).longValue();
	}

	private void assertNoAccessibilityViolations() {
		Results results = new AxeBuilder().analyze(browser);
		List<String> violations = results.getViolations()
			.stream()
			.map(Rule::getId)
			.map(id -> id + " on " + browser.getCurrentUrl())
			.toList();
		assertThat(violations).as("axe-core violations").isEmpty();
	}

}
