package io.parallax.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.parallax.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader searches from the header of any page, narrows the results by kind, and follows one; at desktop and
 * phone widths, with no accessibility violations (axe-core) and nothing scrolling sideways.
 */
@IntegrationTest
class SearchJourneyTest {

	@LocalServerPort
	private int port;

	private WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aReaderSearchesFromTheHeaderAndFollowsAResultAtDesktopWidth() throws Exception {
		open(1280, 900);
		search();
		assertNoAccessibilityViolations();

		WebElement query = browser.findElement(By.id("search-q"));
		query.clear();
		query.sendKeys("Ushakov");
		new Select(browser.findElement(By.id("search-kind"))).selectByValue("ENTITY");
		load(() -> browser.findElement(By.cssSelector(".search-form button[type=submit]")).click());
		List<WebElement> hits = browser.findElements(By.cssSelector(".hits .hit"));
		assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.findElement(By.cssSelector(".badge")).getText())
			.isEqualToIgnoringCase("Name"));
		WebElement ushakov = hits.stream().filter(hit -> hit.getText().contains("Yuri Ushakov")).findFirst().orElseThrow();
		load(() -> ushakov.findElement(By.cssSelector("h3 a")).click());
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Yuri Ushakov");
	}

	@Test
	void theSearchPageFitsAPhone() throws Exception {
		open(375, 812);
		search();
		assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue())
			.as("the search page scrolls sideways on a phone").isZero();
		assertNoAccessibilityViolations();
		browser.get("http://localhost:" + port + "/search?q=-");
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("no words to look for");
		assertNoAccessibilityViolations();
	}

	private void open(int width, int height) throws Exception {
		assumeTrue(Browser.isInstalled() || System.getenv("CI") != null, "Debian's chromium and chromium-driver are not installed");
		browser = Browser.start(width, height);
		browser.get("http://localhost:" + port + "/");
	}

	/** Types into the header's search box and sends it with the Enter key, as a reader does. */
	private void search() {
		WebElement box = browser.findElement(By.id("site-search-q"));
		box.sendKeys("Ushakov talks");
		load(() -> box.sendKeys(Keys.ENTER));
		assertThat(browser.getCurrentUrl()).contains("/search?q=Ushakov+talks");
		assertThat(browser.findElement(By.cssSelector("#results-heading")).getText()).contains("results for “Ushakov talks”");
		assertThat(browser.findElements(By.cssSelector(".hits mark"))).isNotEmpty();
	}

	private void load(Runnable action) {
		WebElement page = browser.findElement(By.tagName("html"));
		action.run();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private void assertNoAccessibilityViolations() {
		List<String> violations = new AxeBuilder().analyze(browser).getViolations().stream()
			.map(Rule::getId)
			.map(id -> id + " on " + browser.getCurrentUrl())
			.toList();
		assertThat(violations).as("axe-core violations").isEmpty();
	}

}
