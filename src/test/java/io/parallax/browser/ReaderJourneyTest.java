package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.parallax.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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
		storyLink.click();

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
		card.findElement(By.cssSelector("h3 a")).click();

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
	void aJournalistFollowsAQuoteToItsSpeakerAndTheirMentions() {
		browser.get("http://localhost:" + port + "/");
		seedStoryLink().click();
		browser.findElement(By.linkText("Quotes")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quotes");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Great progress was made!", "Truth Social");
		assertNoAccessibilityViolations();

		browser.findElement(By.linkText("Sources")).click();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sources cited by Invezz");
		assertNoAccessibilityViolations();

		browser.findElement(By.linkText("People, organisations and places")).click();
		browser.findElement(By.linkText("Yuri Ushakov")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Yuri Ushakov");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Kremlin aide", "Ushakov");
		assertNoAccessibilityViolations();

		browser.findElement(By.cssSelector("main h3 a")).click();
		assertThat(browser.findElements(By.cssSelector(".body .mark-quote"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Who is quoted", "Who is cited");
		assertNoAccessibilityViolations();
	}

	@Test
	void aJournalistComparesTheOutletsClaimByClaim() {
		browser.get("http://localhost:" + port + "/");
		seedStoryLink().click();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Coverage");
		browser.findElement(By.linkText("Claims")).click();
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("show"))).selectByValue("discrepant");
		browser.findElement(By.cssSelector("form.filters button")).click();
		assertThat(browser.getCurrentUrl()).contains("show=discrepant");
		WebElement firstCell = browser.findElement(By.cssSelector(".matrix details summary"));
		assertThat(firstCell.getText()).isNotBlank();
		firstCell.click();
		assertThat(browser.findElement(By.cssSelector(".matrix details[open] p")).getText()).isNotBlank();
		assertNoAccessibilityViolations();

		browser.findElement(By.linkText("Compare two articles")).click();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("In both");
		assertNoAccessibilityViolations();

		browser.findElement(By.linkText("Timeline")).click();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dated events", "Undated events");
		assertNoAccessibilityViolations();
	}

	@Test
	void anAdminLogsInReimportsWatchesItFinishAndFindsItInTheHistory() {
		browser.get("http://localhost:" + port + "/admin");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertNoAccessibilityViolations();
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("test-admin-password");
		browser.findElement(By.cssSelector("form.stacked button")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Admin");
		assertNoAccessibilityViolations();

		browser.findElement(By.xpath("//button[normalize-space()='Re-import the seeds']")).click();
		assertThat(browser.getCurrentUrl()).matches(".*/admin/imports/\\d+");
		String run = browser.findElement(By.tagName("h1")).getText();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
			.until(d -> d.findElement(By.cssSelector(".quote-facts dd")).getText().equals("SUCCEEDED"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Files", "UNCHANGED");
		assertNoAccessibilityViolations();

		browser.findElement(By.linkText("Imports")).click();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(run.replace("Import ", ""));
		browser.findElement(By.linkText("Upload articles")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Upload articles");
		assertNoAccessibilityViolations();
		browser.get("http://localhost:" + port + "/");
		seedStoryLink().click();
		browser.findElement(By.cssSelector("#main .cards .card h3 a")).click();
		browser.findElement(By.linkText("Correct the outlet or date (admin)")).click();
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
		seedStoryLink().click();
		assertThat(horizontalOverflow()).as("story page scrolls sideways on a phone").isZero();
		String story = browser.getCurrentUrl();
		browser.findElement(By.cssSelector("#main .cards .card h3 a")).click();
		assertThat(horizontalOverflow()).as("article page scrolls sideways on a phone").isZero();
		assertNoAccessibilityViolations();
		browser.get(story + "/quotes");
		assertThat(horizontalOverflow()).as("quote tracker scrolls sideways on a phone").isZero();
	}

	/** Other tests add stories of their own, all titled "Test story …"; the seed story is the one that is not. */
	private WebElement seedStoryLink() {
		return browser.findElements(By.cssSelector(".cards .card h2 a"))
			.stream()
			.filter(link -> !link.getText().startsWith("Test story"))
			.findFirst()
			.orElseThrow();
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
