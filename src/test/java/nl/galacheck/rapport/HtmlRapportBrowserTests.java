package nl.galacheck.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import nl.galacheck.Testbrowser;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;

/**
 * The HTML report opened in headless Chromium (Debian's chromium and chromium-driver; .ci/run installs them):
 * no console errors, no requests, the headings and counts, the timeline drawn, collapsible without JavaScript,
 * and a screenshot under target/galacheck-html/. Without Chromium the test is skipped, except in CI.
 */
class HtmlRapportBrowserTests {

    private static final Path MAP = Path.of("target", "galacheck-html");

    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Testbrowser.vereist();
        Files.createDirectories(MAP);
        Files.write(MAP.resolve("rapport.html"), Voorbeeldrapport.bytes("html"));
        browser = Testbrowser.start(Testbrowser.opties(1280, 2000));
        browser.get(MAP.resolve("rapport.html").toUri().toString());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void geenConsolefoutenEnGeenVerzoekenNaarBuiten() {
        List<LogEntry> fouten = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), fouten.stream().map(LogEntry::getMessage).toList());
        Object bronnen = browser.executeScript("return performance.getEntriesByType('resource').length");
        assertEquals(0L, bronnen, "het rapport laadt niets: geen stijlen, lettertypen of scripts van buiten");
        assertEquals(0, browser.findElements(By.cssSelector("script, link[rel=stylesheet], img[src^=http]")).size());
    }

    @Test
    void kopjesOordelenEnTellingenPerRegio() throws Exception {
        assertEquals("nl", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Toetsing aan het Gezond en Actief Leven Akkoord", browser.findElement(By.tagName("h1")).getText());
        List<String> regios = browser.findElements(By.cssSelector("section.regio > h2")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Voorbeeldregio Noord (VB-NOORD)", "Voorbeeldregio Oost (VB-OOST)", "Voorbeeldregio West (VB-WEST)",
                "Voorbeeldregio Zuid (VB-ZUID)"), regios);
        WebElement oost = browser.findElement(By.id("regio-vb-oost"));
        List<String> kopjes = oost.findElements(By.tagName("h3")).stream().map(WebElement::getText).toList();
        assertTrue(kopjes.containsAll(List.of("Oordelen", "Eerst te doen", "Nog aan te vullen in het bestand", "Landelijk",
                "Stand per bouwsteen en ketenaanpak", "Voortgang sinds 1 januari 2023", "Bevindingen per partij")), kopjes.toString());
        RegioToetsing model = Voorbeeldrapport.rapport().toetsing().regios().get(1);
        WebElement totaal = oost.findElements(By.cssSelector("table.balken tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals("totaal")).findFirst().orElseThrow();
        List<String> cellen = totaal.findElements(By.cssSelector("td.utrecht-table__cell--numeric")).stream().map(WebElement::getText).toList();
        assertEquals(String.valueOf(model.telling().get(Status.VOLDAAN)), cellen.get(0));
        assertEquals(String.valueOf(model.telling().get(Status.NIET_VOLDAAN)), cellen.get(1));
        assertEquals(String.valueOf(model.telling().get(Status.ONBEKEND)), cellen.get(3));
        assertEquals(model.werkvoorraad().eerstTeDoen().size(), oost.findElements(By.cssSelector("ol.te-doen > li")).size());
        assertTrue(oost.findElement(By.cssSelector("ol.te-doen > li")).getText().contains("K10a"));
        assertTrue(oost.findElement(By.cssSelector(".oordeel .badge")).getText().contains("niet voldaan"));
        // a status is a sign and a word, never only a colour
        for (WebElement s : browser.findElements(By.cssSelector(".oordelen .status, ol.te-doen .status"))) {
            assertTrue(s.getText().matches("\\S+ \\p{L}.*"), s.getText());
        }
        Files.write(MAP.resolve("rapport.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void deTijdlijnIsGetekend() throws Exception {
        WebElement figuur = browser.findElement(By.cssSelector("#regio-vb-oost figure.tijdlijn"));
        WebElement lijn = figuur.findElement(By.cssSelector("polyline.lijn--voldaan"));
        int maanden = Voorbeeldrapport.rapport().tijdlijn("VB-OOST").orElseThrow().standen().size();
        assertTrue(maanden >= 47, "van januari 2023 tot november 2026");
        assertEquals(maanden, lijn.getAttribute("points").trim().split(" ").length);
        assertEquals(maanden, figuur.findElements(By.cssSelector("circle.punt")).size());
        Map<?, ?> vak = (Map<?, ?>) browser.executeScript("var r = arguments[0].getBoundingClientRect(); return {w: r.width, h: r.height};", lijn);
        assertTrue(((Number) vak.get("w")).doubleValue() > 300, "de lijn loopt over de hele breedte: " + vak);
        assertFalse(figuur.findElements(By.cssSelector("line.termijn")).isEmpty(), "termijnen gemarkeerd");
        browser.executeScript("arguments[0].scrollIntoView()", figuur);
        Files.write(MAP.resolve("tijdlijn-vb-oost.png"), figuur.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void bevindingenPerPartijOpenenZonderJavascript() {
        WebElement partij = browser.findElements(By.cssSelector("#regio-vb-oost details.partij")).stream()
                .filter(d -> d.findElement(By.tagName("h4")).getText().equals("gemeenten")).findFirst().orElseThrow();
        assertEquals(null, partij.getAttribute("open"));
        WebElement bevinding = partij.findElement(By.cssSelector("details.bevinding"));
        assertFalse(bevinding.isDisplayed());
        partij.findElement(By.tagName("summary")).click();
        assertTrue(bevinding.isDisplayed());
        WebElement b14 = partij.findElements(By.cssSelector("details.bevinding")).stream()
                .filter(d -> d.findElement(By.tagName("summary")).getText().contains("B1.4")).findFirst().orElseThrow();
        b14.findElement(By.tagName("summary")).click();
        bevinding = b14;
        String verantwoording = bevinding.findElement(By.cssSelector(".bevinding__verantwoording")).getText();
        assertTrue(verantwoording.contains("regions/vb-oost.yaml:"), "feiten met bestand:regel: " + verantwoording);
        assertTrue(verantwoording.contains("GALA §3G-I.1"), "vindplaats in het akkoord: " + verantwoording);
        assertTrue(verantwoording.contains("wat is nodig"), verantwoording);
        assertFalse(bevinding.findElement(By.tagName("blockquote")).getText().isBlank(), "de tekst van het akkoord");
    }
}
