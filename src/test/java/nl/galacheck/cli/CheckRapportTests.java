package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.galacheck.cli.GalacheckCommandTests.Uitkomst;
import nl.galacheck.rapport.Verantwoording;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The report people act on: the default text summary, filters, provenance and where the report goes. */
class CheckRapportTests {

    private static final String PEILDATUM = "2026-11-23";
    private static final Pattern TE_DOEN = Pattern.compile("^ +\\d+\\. [✘◷] (\\S+) .* · (?:(\\d+) dagen te laat|geen termijn|nog (\\d+) dag)");

    private static JsonNode json(String... args) {
        List<String> alle = new ArrayList<>(List.of(args));
        alle.addAll(List.of("--formaat", "json"));
        Uitkomst u = galacheck(alle.toArray(String[]::new));
        assertEquals("", u.fout());
        return JsonMapper.builder().build().readTree(u.uit());
    }

    @Test
    void hetStandaardrapportVanOostIsKortEnBegintMetHetMeestTeLaat() {
        Uitkomst u = galacheck("check", "regions/vb-oost.yaml", "--peildatum", PEILDATUM);
        assertEquals(1, u.code());
        List<String> regels = u.uit().lines().toList();
        assertTrue(regels.size() <= 150, regels.size() + " regels:\n" + u.uit());
        assertTrue(u.uit().contains("Preventie-infrastructuur (B0): NIET VOLDAAN"));
        assertTrue(u.uit().contains("ingericht (K00)"));
        int kop = regels.indexOf(regels.stream().filter(r -> r.startsWith("Eerst te doen (")).findFirst().orElseThrow());
        List<int[]> volgorde = new ArrayList<>();
        for (String r : regels.subList(kop + 1, regels.size())) {
            Matcher m = TE_DOEN.matcher(r);
            if (!m.find()) {
                break;
            }
            // 0 = overdue (days), 1 = not met without deadline, 2 = open (days left)
            volgorde.add(m.group(2) != null ? new int[] {0, -Integer.parseInt(m.group(2))}
                    : m.group(3) != null ? new int[] {2, Integer.parseInt(m.group(3))} : new int[] {1, 0});
        }
        assertTrue(volgorde.size() > 10, "Eerst te doen heeft de verplichte tekorten:\n" + u.uit());
        for (int i = 1; i < volgorde.size(); i++) {
            int[] a = volgorde.get(i - 1);
            int[] b = volgorde.get(i);
            assertTrue(a[0] < b[0] || (a[0] == b[0] && a[1] <= b[1]), "volgorde bij item " + (i + 1) + ":\n" + u.uit());
        }
        assertTrue(regels.get(kop + 1).matches(" +1\\. ✘ K10a .* · 1332 dagen te laat"), regels.get(kop + 1));
        assertTrue(u.uit().contains("\nNog aan te vullen in het bestand ("));
        assertTrue(u.uit().contains("  regioplan.onderdelen.financien "), "ontbrekende sleutel met het criterium:\n" + u.uit());
        // B1.8 is advies (issue 8: "worden gevraagd"), so its missing key is not among the verplicht ones to fill in
        assertFalse(u.uit().contains("  mandaat.aanspreekpunten.bestuurlijk "), u.uit());
        assertTrue(u.uit().contains("\nLandelijk (geen regionaal tekort"));
        assertTrue(u.uit().contains("  Kansrijke Start: ontbreekt K02"));
        assertFalse(u.uit().contains("wat is nodig:"), "elke bevinding alleen met --volledig");
        assertFalse(u.uit().contains("Wie is aan zet"));
    }

    @Test
    void elkRapportNoemtVersieRegelsMetVingerafdrukInvoerEnPeildatum() {
        String sha = Verantwoording.sha256(Path.of("regions/vb-noord.yaml"));
        Uitkomst tekst = galacheck("check", "regions/vb-noord.yaml", "--peildatum", PEILDATUM);
        assertTrue(tekst.uit().startsWith("galacheck 0.1.0 — "), tekst.uit());
        assertTrue(tekst.uit().contains("invoer: regions/vb-noord.yaml (sha256 " + sha + ")"), tekst.uit());
        assertTrue(tekst.uit().matches("(?s).*regels: ingebouwde regels \\(\\d+ criteria, sha256 [0-9a-f]{64}\\).*"), tekst.uit());
        JsonNode v = json("check", "regions/vb-noord.yaml", "--peildatum", PEILDATUM).get("verantwoording");
        assertEquals("0.1.0", v.get("versie").asString());
        assertEquals(PEILDATUM, v.get("peildatum").asString());
        assertEquals(sha, v.get("invoer").get(0).get("sha256").asString());
        assertTrue(v.get("regelsSha256").asString().matches("[0-9a-f]{64}"));
    }

    @Test
    void filtersGeldenVoorDeBevindingenMaarNietVoorDeAfsluitcode() {
        JsonNode zv = json("check", "regions/vb-oost.yaml", "--peildatum", PEILDATUM, "--partij", "zorgverzekeraar").get("regios").get(0);
        assertTrue(zv.get("bevindingen").size() > 5);
        for (JsonNode b : zv.get("bevindingen")) {
            String id = b.get("criterium").asString();
            assertTrue(id.equals("B0") || id.equals("K00") || b.get("partij").asString().equals("zorgverzekeraar"), id);
        }
        JsonNode gemeente = json("check", "regions/vb-oost.yaml", "--peildatum", PEILDATUM, "--gemeente", "GM9913",
                "--status", "niet-voldaan,open").get("regios").get(0);
        for (JsonNode b : gemeente.get("bevindingen")) {
            String id = b.get("criterium").asString();
            if (!id.equals("B0") && !id.equals("K00")) {
                assertEquals("GM9913", b.get("onderwerp").get("gemeente").asString(), id);
                assertTrue(List.of("NIET_VOLDAAN", "OPEN").contains(b.get("status").asString()), id);
            }
        }
        JsonNode gli = json("check", "regions/vb-oost.yaml", "--peildatum", PEILDATUM, "--ketenaanpak", "overgewicht-volwassenen")
                .get("regios").get(0);
        for (JsonNode b : gli.get("bevindingen")) {
            assertTrue(b.get("criterium").asString().equals("B0") || b.get("onderwerp").get("ketenaanpak").asString().equals("gli"));
        }
        Uitkomst tekst = galacheck("check", "regions/vb-oost.yaml", "--peildatum", PEILDATUM, "--partij", "ggd");
        assertEquals(1, tekst.code(), "de afsluitcode hangt af van de hele toetsing");
        assertTrue(tekst.uit().contains("selectie: partij ggd"), tekst.uit());
    }

    @Test
    void onbekendeFilterwaardenZijnVerkeerdGebruik() {
        for (String[] optie : List.of(new String[] {"--partij", "wethouder"}, new String[] {"--gemeente", "0363"},
                new String[] {"--ketenaanpak", "roken"}, new String[] {"--status", "slecht"})) {
            Uitkomst u = galacheck("check", "regions/vb-oost.yaml", optie[0], optie[1]);
            assertEquals(2, u.code(), optie[0]);
            assertTrue(u.fout().startsWith("galacheck: ") && u.fout().contains(optie[1]), u.fout());
        }
    }

    @Test
    void uitZonderFormaatKiestHetFormaatNaarDeExtensie(@TempDir Path map) throws IOException {
        Path rapport = map.resolve("rapport.json");
        Uitkomst u = galacheck("check", "regions/vb-noord.yaml", "--peildatum", PEILDATUM, "--uit", rapport.toString());
        assertEquals(0, u.code(), u.fout());
        assertEquals("VB-NOORD", JsonMapper.builder().build().readTree(Files.readString(rapport)).get("regios").get(0).get("code").asString());
        Path tekst = map.resolve("rapport.txt");
        galacheck("check", "regions/vb-noord.yaml", "--peildatum", PEILDATUM, "--uit", tekst.toString());
        assertTrue(Files.readString(tekst).startsWith("galacheck "));
    }

    @Test
    void meerdereFormatenSchrijvenEenBestandPerFormaat(@TempDir Path map) throws IOException {
        Uitkomst u = galacheck("check", "regions/vb-noord.yaml", "--peildatum", PEILDATUM, "--formaat", "tekst,json",
                "--uit", map.resolve("rapport").toString());
        assertEquals(0, u.code(), u.fout());
        assertEquals("", u.uit());
        assertTrue(Files.readString(map.resolve("rapport.txt")).startsWith("galacheck "));
        assertTrue(Files.readString(map.resolve("rapport.json")).startsWith("{"));
        Uitkomst html = galacheck("check", "regions/vb-noord.yaml", "--peildatum", PEILDATUM, "--uit", map.resolve("noord.html").toString());
        assertEquals(0, html.code(), html.fout());
        assertTrue(Files.readString(map.resolve("noord.html")).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"));
        Uitkomst binair = galacheck("check", "regions/vb-noord.yaml", "--formaat", "xlsx");
        assertEquals(2, binair.code());
        assertTrue(binair.fout().contains("--uit rapport.xlsx"), binair.fout());
        Uitkomst zonderUit = galacheck("check", "regions/vb-noord.yaml", "--formaat", "tekst,json");
        assertEquals(2, zonderUit.code());
        assertTrue(zonderUit.fout().contains("--uit"), zonderUit.fout());
    }
}
