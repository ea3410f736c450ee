package nl.galacheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.galacheck.Testbrowser;
import nl.galacheck.TestRegels;
import nl.galacheck.invoer.RegioLader;
import nl.galacheck.invoer.Regiobestanden;
import nl.galacheck.rapport.Renderers;
import nl.galacheck.toetsdienst.Regiobronnen;
import nl.galacheck.toetsdienst.Toetsdienst;
import nl.galacheck.toetsdienst.Toetsopties;
import nl.galacheck.toetsing.Status;

/**
 * The page as a person uses it, in headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them):
 * upload an example region, read the B0 verdict, download the report. Without Chromium the test is skipped, except in CI.
 */
class PaginaBrowserTests {

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 29);

    private static Testserver server;
    private static ChromeDriver browser;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        Testbrowser.vereist();
        server = Testserver.lokaal();
        downloads = Files.createTempDirectory("galacheck-downloads-");
        ChromeOptions opties = Testbrowser.opties(1280, 1600);
        Map<String, Object> voorkeuren = new HashMap<>();
        voorkeuren.put("download.default_directory", downloads.toString());
        voorkeuren.put("download.prompt_for_download", false);
        opties.setExperimentalOption("prefs", voorkeuren);
        browser = Testbrowser.start(opties);
        // headless Chromium saves downloads only when told where
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eenVoorbeeldregioUploadenB0LezenEnHetRapportDownloaden() throws Exception {
        browser.get(server.basis.toString());
        Path oost = Path.of("regions", "vb-oost.yaml").toAbsolutePath();
        browser.findElement(By.id("bestand")).sendKeys(oost.toString());
        // a date field types per locale; the value is what the form sends
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("peildatum")), PEILDATUM.toString());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement b0 = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("[data-regio=VB-OOST] [data-criterium=B0]")).stream().findFirst().orElse(null));
        assertEquals(verwachtB0().label(), b0.getText());
        Files.createDirectories(Path.of("target", "galacheck-web"));
        Files.write(Path.of("target", "galacheck-web", "pagina-vb-oost.png"), browser.getScreenshotAs(OutputType.BYTES));

        String formaat = Renderers.metNaam("xlsx").isPresent() ? "xlsx" : "json";
        browser.findElement(By.cssSelector("form.downloads button[value=" + formaat + "]")).click();
        Path bestand = downloads.resolve("galacheck-rapport." + formaat);
        long tot = System.currentTimeMillis() + 30_000;
        while (!Files.exists(bestand) && System.currentTimeMillis() < tot) {
            Thread.sleep(100);
        }
        assertTrue(Files.exists(bestand), "gedownload: " + List.of(downloads.toFile().list()) + " op " + browser.getCurrentUrl() + ": "
                + browser.getPageSource().substring(0, Math.min(2000, browser.getPageSource().length())));
        byte[] inhoud = Files.readAllBytes(bestand);
        if (formaat.equals("xlsx")) {
            boolean werkboek = false;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(inhoud))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    werkboek |= e.getName().equals("xl/workbook.xml");
                }
            }
            assertTrue(werkboek, "een xlsx-werkboek");
        } else {
            assertTrue(new String(inhoud, java.nio.charset.StandardCharsets.UTF_8).contains("\"VB-OOST\""));
        }
    }

    private static Status verwachtB0() {
        Toetsdienst dienst = new Toetsdienst(new Regiobestanden(new RegioLader()), TestRegels::regelset);
        return dienst.toets(Regiobronnen.paden(List.of(Path.of("regions", "vb-oost.yaml"))),
                new Toetsopties(PEILDATUM, null, null, List.of())).geheel().regios().get(0).oordeelInfrastructuur().orElseThrow().status();
    }
}
