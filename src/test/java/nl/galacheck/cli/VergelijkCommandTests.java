package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code galacheck vergelijk} end to end: two JSON reports of the late starter, and the same file on two peildatums. */
class VergelijkCommandTests {

    private static final String WEST = "regions/vb-west.yaml";

    @TempDir
    static Path map;

    static Path oud;
    static Path nieuw;

    @BeforeAll
    static void rapporten() throws IOException {
        oud = map.resolve("oud.json");
        nieuw = map.resolve("nieuw.json");
        assertEquals(1, galacheck("check", WEST, "--peildatum", "2024-01-01", "--formaat", "json", "--uit", oud.toString(), "--regels", "rules").code());
        // in 2026 the late publication (B4.3) is explained and accepted: no mandatory gap left
        assertEquals(0, galacheck("check", WEST, "--peildatum", "2026-01-01", "--formaat", "json", "--uit", nieuw.toString(), "--regels", "rules").code());
    }

    private static JsonNode json(String tekst) {
        return JsonMapper.builder().build().readTree(tekst);
    }

    @Test
    void tweeRapportenGevenDezelfdeVergelijkingAlsTweePeildatums() {
        GalacheckCommandTests.Uitkomst rapporten = galacheck("vergelijk", oud.toString(), nieuw.toString(), "--formaat", "json");
        GalacheckCommandTests.Uitkomst peildatums = galacheck("vergelijk", "--van", "2024-01-01", "--tot", "2026-01-01", WEST,
                "--formaat", "json", "--regels", "rules");
        assertEquals(0, rapporten.code(), rapporten.fout());
        assertEquals(0, peildatums.code(), peildatums.fout());
        JsonNode a = json(rapporten.uit()).get("regios");
        JsonNode b = json(peildatums.uit()).get("regios");
        assertEquals(b, a, "uit de JSON-rapporten gelezen of zelf getoetst: dezelfde wijzigingen");
        JsonNode west = a.get(0);
        assertEquals("OPEN", west.get("infrastructuur").get("oud").asString());
        assertEquals("TOEGELICHT", west.get("infrastructuur").get("nieuw").asString());
        assertEquals("[]", west.get("verslechterd").toString());
        // issue 7 item 10: B3.3 is judged per year 2023–2025, so three closed findings where there was one
        assertEquals(52, west.get("wijzigingen").get("GESLOTEN").size());
    }

    @Test
    void tekstMarkdownEnHtmlNoemenWatGeslotenTeLaatEnToegelichtIs() {
        GalacheckCommandTests.Uitkomst tekst = galacheck("vergelijk", oud.toString(), nieuw.toString());
        assertEquals(0, tekst.code());
        assertTrue(tekst.uit().contains("Preventie-infrastructuur (B0): ◷ open → ✎ toegelicht"), tekst.uit());
        assertTrue(tekst.uit().contains("Gesloten (nu voldaan) (52)"), tekst.uit());
        assertTrue(tekst.uit().contains("Te laat geworden (termijn verstreken)"));
        assertTrue(tekst.uit().contains("  B4.3 Regionale preventieafspraken gepubliceerd"));
        assertTrue(tekst.uit().contains("— regio VB-WEST · samen · ◷ open → ✎ toegelicht\n"), "het telaat is toegelicht, niet verslechterd");
        assertTrue(tekst.uit().contains("Geen verplichte bevinding van de regio verslechterd (afsluitcode 0)."));
        GalacheckCommandTests.Uitkomst md = galacheck("vergelijk", oud.toString(), nieuw.toString(), "--formaat", "md");
        assertTrue(md.uit().contains("### Te laat geworden (termijn verstreken)"));
        assertTrue(md.uit().contains("| B4.3 | Regionale preventieafspraken gepubliceerd"));
        GalacheckCommandTests.Uitkomst html = galacheck("vergelijk", oud.toString(), nieuw.toString(), "--formaat", "html");
        assertEquals("", html.fout());
        assertTrue(html.uit().startsWith("<!DOCTYPE html>"));
        assertTrue(html.uit().contains("<h2>Voorbeeldregio West (VB-WEST)</h2>"));
        assertTrue(html.uit().contains("<td class=\"s-toegelicht\">◷ open → ✎ toegelicht</td>"), html.uit());
        assertFalse(html.uit().contains("http://") || html.uit().contains("https://www."), "niets van buiten");
    }

    @Test
    void omgekeerdIsErNietsVerslechterdDatVoldaanWas() {
        GalacheckCommandTests.Uitkomst u = galacheck("vergelijk", nieuw.toString(), oud.toString(), "--formaat", "json");
        JsonNode west = json(u.uit()).get("regios").get(0);
        // terug in de tijd: wat in 2026 voldaan was, is in 2024 nog niet voldaan — verslechterd
        assertEquals(1, u.code());
        assertTrue(west.get("verslechterd").toString().contains("B1.1 | regio"));
    }

    @Test
    void andereRegelsAlleenAlsErOmGevraagdWordt() throws IOException {
        Path anders = map.resolve("anders.json");
        Files.writeString(anders, Files.readString(nieuw).replaceFirst("\"regelsSha256\" : \"[0-9a-f]+\"", "\"regelsSha256\" : \"00ff\""));
        GalacheckCommandTests.Uitkomst geweigerd = galacheck("vergelijk", oud.toString(), anders.toString());
        assertEquals(2, geweigerd.code());
        assertTrue(geweigerd.fout().contains("met andere regels gemaakt"), geweigerd.fout());
        assertTrue(geweigerd.fout().contains("--andere-regels"));
        assertEquals("", geweigerd.uit());
        GalacheckCommandTests.Uitkomst toegestaan = galacheck("vergelijk", oud.toString(), anders.toString(), "--andere-regels");
        assertEquals(0, toegestaan.code());
        assertTrue(toegestaan.uit().contains("let op: de twee toetsingen zijn met andere regels gemaakt"));
        GalacheckCommandTests.Uitkomst md = galacheck("vergelijk", oud.toString(), anders.toString(), "--andere-regels", "--formaat", "md");
        assertTrue(md.uit().contains("andere regels"));
        assertTrue(galacheck("vergelijk", oud.toString(), anders.toString(), "--andere-regels", "--formaat", "html").uit().contains("andere regels"));
        JsonNode j = json(galacheck("vergelijk", oud.toString(), anders.toString(), "--andere-regels", "--formaat", "json").uit());
        assertTrue(j.get("andereRegels").asBoolean());
        assertFalse(json(galacheck("vergelijk", oud.toString(), nieuw.toString(), "--formaat", "json").uit()).get("andereRegels").asBoolean());
    }

    @Test
    void kapotOfGeselecteerdRapportIsOngeldigeInvoer() throws IOException {
        Path kapot = map.resolve("kapot.json");
        Files.writeString(kapot, "{\n  \"formaatversie\": 1,\n  \"regios\": [\n");
        GalacheckCommandTests.Uitkomst u = galacheck("vergelijk", oud.toString(), kapot.toString());
        assertEquals(3, u.code());
        assertTrue(u.fout().startsWith(kapot + ":"), u.fout());
        assertTrue(u.fout().contains("geen geldige JSON"));
        Path selectie = map.resolve("selectie.json");
        assertEquals(0, galacheck("check", WEST, "--peildatum", "2026-01-01", "--formaat", "json", "--uit", selectie.toString(),
                "--partij", "gemeenten", "--regels", "rules").code());
        GalacheckCommandTests.Uitkomst s = galacheck("vergelijk", oud.toString(), selectie.toString());
        assertEquals(3, s.code());
        assertTrue(s.fout().contains("dit rapport toont een selectie (partij gemeenten)"), s.fout());
        GalacheckCommandTests.Uitkomst yaml = galacheck("vergelijk", oud.toString(), WEST);
        assertEquals(3, yaml.code(), "een regiobestand zonder --van/--tot is geen rapport");
    }

    @Test
    void verkeerdGebruik() {
        assertEquals(2, galacheck("vergelijk", "--van", "2024-01-01", WEST).code());
        GalacheckCommandTests.Uitkomst omgekeerd = galacheck("vergelijk", "--van", "2026-01-01", "--tot", "2024-01-01", WEST);
        assertEquals(2, omgekeerd.code());
        assertTrue(omgekeerd.fout().contains("ligt niet vóór --tot"));
        assertEquals(2, galacheck("vergelijk", oud.toString()).code());
        assertEquals(2, galacheck("vergelijk", oud.toString(), nieuw.toString(), "--formaat", "pdf").code());
        GalacheckCommandTests.Uitkomst inInvoer = galacheck("vergelijk", oud.toString(), nieuw.toString(), "--uit", nieuw.toString());
        assertEquals(2, inInvoer.code());
        assertTrue(inInvoer.fout().contains("schrijft nooit in zijn invoer"));
    }

    @Test
    void geenVerschilGeeftAfsluitcodeNul() {
        GalacheckCommandTests.Uitkomst u = galacheck("vergelijk", nieuw.toString(), nieuw.toString());
        assertEquals(0, u.code());
        assertTrue(u.uit().contains("geen bevinding van status veranderd"));
        assertTrue(u.uit().contains("Geen verplichte bevinding van de regio verslechterd (afsluitcode 0)."));
    }
}
