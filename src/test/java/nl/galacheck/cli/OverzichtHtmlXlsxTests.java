package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overview of the national set as HTML (under 2 MB, opened in headless Chromium: no console errors, nothing
 * loaded from elsewhere, sticky headers, sorting, each cell's link) and as xlsx (read back). Chromium as in the
 * report's browser tests (Debian chromium and chromium-driver); without it the browser part is skipped, except in CI.
 */
class OverzichtHtmlXlsxTests {

    private static final Path UIT = Path.of("target", "galacheck-overzicht");
    private static final String PEILDATUM = "2026-11-29";

    private static Path html;
    private static JsonNode overzicht;
    private static ChromeDriver browser;

    @BeforeAll
    static void schrijf() throws Exception {
        Path set = LandelijkeTestset.map();
        Files.createDirectories(UIT);
        html = UIT.resolve("overzicht.html");
        assertEquals(1, galacheck("overzicht", set.toString(), "--peildatum", PEILDATUM, "--formaat", "html", "--uit", html.toString()).code());
        overzicht = JsonMapper.builder().build().readTree(galacheck("overzicht", set.toString(), "--peildatum", PEILDATUM, "--formaat", "json").uit());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void htmlVanDeLandelijkeSetIsKleinerDanTweeMegabyte() throws Exception {
        long grootte = Files.size(html);
        assertTrue(grootte < 2 * 1024 * 1024, grootte + " bytes");
        String tekst = Files.readString(html);
        assertTrue(tekst.startsWith("<!DOCTYPE html>"));
        assertTrue(tekst.contains("<html lang=\"nl\">"));
    }

    @Test
    void inChromiumZonderConsolefoutenMetVasteKoppenSorterenEnKoppelingen() throws Exception {
        ChromeDriver b = browser();
        List<String> fouten = b.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), fouten);
        assertEquals(0L, b.executeScript("return performance.getEntriesByType('resource').length"), "niets van buiten geladen");

        List<WebElement> matrices = b.findElements(By.cssSelector("table.matrix"));
        assertEquals(overzicht.get("kolommen").findValuesAsString("blok").stream().distinct().count(), matrices.size());
        WebElement eerste = matrices.get(0);
        assertEquals(38, eerste.findElements(By.cssSelector("tbody tr")).size());
        WebElement kop = eerste.findElement(By.cssSelector("thead th"));
        assertEquals("sticky", kop.getCssValue("position"));
        assertEquals("sticky", eerste.findElement(By.cssSelector("tbody th")).getCssValue("position"));

        // every cell links to what stands behind it, for that region
        WebElement cel = eerste.findElement(By.cssSelector("tbody tr:nth-child(3) td:nth-child(2) a"));
        String anker = cel.getAttribute("href").substring(cel.getAttribute("href").indexOf('#') + 1);
        b.executeScript("arguments[0].click()", cel);
        WebElement doel = b.findElement(By.id(anker));
        assertTrue(doel.getText().contains("B0"), doel.getText());

        // sorting by B0: met first when descending, the order of the rows changes and says so
        WebElement b0 = eerste.findElement(By.cssSelector("thead th[data-k='1'] button"));
        b.executeScript("arguments[0].click()", b0);
        b.executeScript("arguments[0].click()", b0);
        assertEquals("descending", eerste.findElement(By.cssSelector("thead th[data-k='1']")).getAttribute("aria-sort"));
        List<String> gesorteerd = new ArrayList<>();
        eerste.findElements(By.cssSelector("tbody tr td:nth-child(2)")).forEach(t -> gesorteerd.add(t.getAttribute("class")));
        int voldaan = (int) gesorteerd.stream().filter("s-voldaan"::equals).count();
        assertTrue(voldaan > 0);
        assertEquals(List.of(), gesorteerd.subList(0, voldaan).stream().filter(c -> !c.equals("s-voldaan")).toList());
        Files.write(UIT.resolve("overzicht.png"), b.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void xlsxTeruggelezen() throws Exception {
        Path xlsx = UIT.resolve("overzicht.xlsx");
        assertEquals(1, galacheck("overzicht", LandelijkeTestset.map().toString(), "--peildatum", PEILDATUM, "--formaat", "xlsx", "--uit",
                xlsx.toString()).code());
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
            List<String> bladen = wb.getSheets().map(Sheet::getName).toList();
            assertEquals(List.of("Matrix", "Landelijk beeld", "RIVM", "Ongeldig"), bladen);
            List<Row> matrix = wb.getSheet(0).orElseThrow().read();
            assertEquals(1 + 38 + 2, matrix.size());
            assertEquals("B0", matrix.get(0).getCellText(3));
            int kolom = 3 + overzicht.get("kolommen").size() - 1;
            JsonNode laatste = overzicht.get("kolommen").get(overzicht.get("kolommen").size() - 1);
            assertEquals(laatste.get("totaal").get("VOLDAAN").asInt(), matrix.get(39).getCellAsNumber(kolom).orElseThrow().intValue());
            assertEquals(laatste.get("vanToepassing").asInt(), matrix.get(40).getCellAsNumber(kolom).orElseThrow().intValue());
            List<Row> rivm = wb.getSheet(2).orElseThrow().read();
            assertEquals(1 + overzicht.get("vergelijkingen").size(), rivm.size());
            JsonNode v = overzicht.get("vergelijkingen").get(0);
            assertEquals(v.get("rivm").get("percentage").asInt(), rivm.get(1).getCellAsNumber(4).orElseThrow().intValue());
            assertEquals(v.get("set").get("gezet").asInt(), rivm.get(1).getCellAsNumber(8).orElseThrow().intValue());
        }
        byte[] eerste = Files.readAllBytes(xlsx);
        // again, the format now taken from the extension
        assertEquals(1, galacheck("overzicht", LandelijkeTestset.map().toString(), "--peildatum", PEILDATUM, "--uit", xlsx.toString()).code());
        assertTrue(java.util.Arrays.equals(eerste, Files.readAllBytes(xlsx)), "zelfde invoer, zelfde bytes");
    }

    private static synchronized ChromeDriver browser() throws Exception {
        if (browser != null) {
            return browser;
        }
        Testbrowser.vereist();
        browser = Testbrowser.start(Testbrowser.opties(1400, 1000));
        browser.get(html.toAbsolutePath().toUri().toString());
        return browser;
    }
}
