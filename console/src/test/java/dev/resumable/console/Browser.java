package dev.resumable.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven by Debian's chromedriver. Missing either fails the test, loudly:
 * .ci/run installs both, and a run without them has not tested the console.
 */
final class Browser {

  static final Path CHROMIUM = Path.of(System.getProperty("resumable.chromium",
      "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("resumable.chromedriver",
      "/usr/bin/chromedriver"));

  private Browser() {}

  static ChromeDriver start() {
    for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      assertTrue(Files.isExecutable(program), program + " is missing: the console's browser test"
          + " needs Debian's chromium and chromium-driver (apt-get install chromium"
          + " chromium-driver; .ci/run installs them)");
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions()
        .setBinary(CHROMIUM.toFile())
        // root in a container: no sandbox, and a small /dev/shm
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
            "--window-size=1500,860", "--disable-gpu");
    return new ChromeDriver(service, options);
  }
}
