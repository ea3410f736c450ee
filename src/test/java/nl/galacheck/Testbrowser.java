package nl.galacheck;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests (Debian's chromium and chromium-driver; .ci/run installs them): skipped
 * on a machine without it, a failure in CI. Offline: no background networking, updates or sync.
 */
public final class Testbrowser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Testbrowser() {
    }

    /** Skips the test class without Chromium, except in CI, where that is a failure. */
    public static void vereist() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium ontbreekt in CI: .ci/run installeert chromium en chromium-driver");
            }
            Assumptions.abort("geen Chromium op deze machine (apt-get install chromium chromium-driver)");
        }
    }

    /** The options every test uses, with the browser console kept; a test may add its own before {@link #start}. */
    public static ChromeOptions opties(int breedte, int hoogte) throws IOException {
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + breedte + "," + hoogte, "--user-data-dir=" + Files.createTempDirectory("galacheck-chromium-"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        opties.setCapability("goog:loggingPrefs", logs);
        return opties;
    }

    public static ChromeDriver start(ChromeOptions opties) {
        ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(dienst, opties);
    }
}
