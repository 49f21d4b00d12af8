package dev.resumable.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.console.app.Resumer;
import dev.resumable.store.h2.H2Store;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What an operator does in the console, in a real headless Chromium. */
class ConsoleBrowserTest {

  private static final Path SCREENSHOTS = Path.of(System.getProperty(
      "resumable.console.screenshots", "target/screenshots"));

  @TempDir
  Path directory;

  private Engine engine;
  private Console console;
  private ChromeDriver browser;

  @BeforeEach
  void start() {
    engine = Engine.builder().store(H2Store.open(directory.resolve("refunds"))).build();
    RefundStore.fill(engine);
    console = Console.start(engine, ConsoleOptions.builder().port(0).build());
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    console.close();
    engine.close();
  }

  @Test
  void findsTheFailedInstanceSeesItsStackAndCancelsAWaitingOne() throws Exception {
    browser.get(console.uri().toString());
    assertEquals("Instances · Resumable", browser.getTitle());
    String counts = browser.findElement(By.id("counts")).getText();
    assertTrue(counts.contains("all 4") && counts.contains("WAITING 2")
        && counts.contains("FAILED 1") && counts.contains("COMPLETED 1"), counts);
    assertEquals(4, rows().size());

    new Select(browser.findElement(By.name("status"))).selectByValue("FAILED");
    filter("status=FAILED");
    List<WebElement> failed = rows();
    assertEquals(1, failed.size());
    assertTrue(failed.get(0).getText().startsWith(RefundStore.FAILED + " FAILED"),
        failed.get(0).getText());
    screenshot("console-list-failed");

    browser.findElement(By.name("failure")).sendKeys("java.lang.IllegalStateException");
    filter("failure=java.lang.IllegalStateException");
    assertEquals(1, rows().size(), browser::getPageSource);
    open(RefundStore.FAILED);
    assertEquals("FAILED", browser.findElement(By.id("status")).getText());
    String failure = browser.findElement(By.id("failure")).getText();
    assertTrue(failure.startsWith("java.lang.IllegalStateException: a refund of 900.00 for ORD-3"
        + " is more than Sam may approve (100)"), failure);
    assertTrue(failure.contains("at dev.resumable.console.app.Refunds.refund(Refunds.java:"),
        failure);
    screenshot("console-failed-instance");

    browser.get(console.uri().toString());
    new Select(browser.findElement(By.name("status"))).selectByValue("WAITING");
    browser.findElement(By.name("event")).sendKeys("approval");
    filter("event=approval");
    assertEquals(2, rows().size(), browser::getPageSource);
    open(RefundStore.WAITING);
    assertEquals("WAITING", browser.findElement(By.id("status")).getText());
    assertTrue(browser.findElement(By.id("waiting-for")).getText()
        .startsWith("Waiting for event \"approval\""));
    String stack = browser.findElement(By.id("stack")).getText();
    assertTrue(stack.contains("dev.resumable.console.app.Refunds.refund(Refunds.java:"), stack);
    assertTrue(stack.contains("order java.lang.String ORD-1"), stack);
    assertTrue(stack.contains("amount java.math.BigDecimal 19.99"), stack);
    screenshot("console-waiting-instance");

    browser.findElement(By.cssSelector("#cancel button")).click();
    await(ExpectedConditions.textToBe(By.id("status"), "CANCELLED"));
    assertEquals(Status.CANCELLED, engine.status(RefundStore.WAITING).status());
    assertTrue(browser.findElement(By.id("failure")).getText()
        .startsWith("dev.resumable.CancelledException"));

    Resumer.on(engine).startRefundBoth("batch-1", "ORD-5", "ORD-6", BigDecimal.ONE);
    Resumer.on(engine).startRefundBoth("batch-2", "ORD-7", "ORD-8", new BigDecimal("450.00"));
    browser.get(console.uri().toString());
    browser.findElement(By.name("attr")).sendKeys("total");
    browser.findElement(By.name("value")).sendKeys("900");
    new Select(browser.findElement(By.name("type"))).selectByValue("number");
    browser.findElement(By.name("started")).sendKeys("2000-01-01");
    filter("attr=total");
    List<WebElement> byTotal = rows();
    assertEquals(1, byTotal.size(), browser::getPageSource);
    assertTrue(byTotal.get(0).getText().startsWith("batch-2 WAITING"), byTotal.get(0).getText());
    screenshot("console-list-attribute");
  }

  /** Submits the filter form and awaits the page it leads to. */
  private void filter(String inQuery) {
    browser.findElement(By.cssSelector("#filter button")).click();
    await(ExpectedConditions.urlContains(inQuery));
    await(ExpectedConditions.presenceOfElementLocated(By.id("instances")));
  }

  /** Follows the link to an instance and awaits its page. */
  private void open(String id) {
    browser.findElement(By.linkText(id)).click();
    await(ExpectedConditions.titleIs(id + " · Resumable"));
  }

  private void await(ExpectedCondition<?> condition) {
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
  }

  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#instances tbody tr"));
  }

  /** Kept under target/screenshots as a build artifact. */
  private void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
