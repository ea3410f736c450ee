package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.galacheck.TestRegels;

/** {@code galacheck regeltest}: the fixtures of an edited copy of rules/ catch a broken rule, and say which criterion and case. */
class RegeltestCommandTests {

    private static void vervang(Path bestand, String oud, String nieuw) throws IOException {
        String tekst = Files.readString(bestand);
        assertTrue(tekst.contains(oud), bestand + " bevat niet " + oud);
        Files.writeString(bestand, tekst.replace(oud, nieuw));
    }

    @Test
    void eenOngeschondenKopieSlaagt(@TempDir Path map) throws IOException {
        Path regels = TestRegels.kopie(map.resolve("regels"));
        GalacheckCommandTests.Uitkomst u = galacheck("regeltest", "--regels", regels.toString());
        assertEquals(0, u.code(), u.uit() + u.fout());
        assertTrue(u.uit().startsWith("Regeltest van " + regels + ":"), u.uit());
        assertTrue(u.uit().matches("(?s).*\\n  geslaagd +B1\\.3 +\\d+ geval\\(len\\)\\n.*"), u.uit());
        assertFalse(u.uit().contains("MISLUKT"), u.uit());
        assertTrue(u.uit().contains("Geslaagd: 0 van "), u.uit());
    }

    @Test
    void eenKapotteRegelNoemtHetCriteriumEnHetGeval(@TempDir Path map) throws IOException {
        Path regels = TestRegels.kopie(map.resolve("regels"));
        // the source that makes niet-van-toepassing acceptable is now required to be absent
        vervang(regels.resolve("bouwstenen/mandaat/mandaat.drl"), "insert(zv.bron() != null", "insert(zv.bron() == null");
        // and B1.2 keeps one case only: it passes, but no longer covers what every criterion must
        Files.writeString(regels.resolve("bouwstenen/mandaat/fixtures/B1.2.yaml"), """
                criterium: B1.2
                basis: minimaal
                gevallen:
                  - naam: alleen voldaan
                    peildatum: 2024-01-01
                    regio: {mandaat: {vastgesteld: 2023-06-28, gemandateerde_gemeente: GM9991}}
                    verwacht: [{onderwerp: regio, status: VOLDAAN}]
                """);
        GalacheckCommandTests.Uitkomst u = galacheck("regeltest", "--regels", regels.toString());
        assertEquals(1, u.code(), u.uit() + u.fout());
        assertTrue(u.uit().matches("(?s).*\\n  MISLUKT +B1\\.2 +1 geval\\(len\\)\\n      dekking: geen geval dat niet voldaan is; "
                + "geen geval met ontbrekende gegevens \\(onbekend\\); geen geval vóór de termijn \\(open\\); "
                + "geen geval na de termijn \\(dagen_te_laat\\)\\n.*"), u.uit());
        assertTrue(u.uit().matches("(?s).*\\n  MISLUKT +B1\\.3 +2 van \\d+ geval\\(len\\) mislukt\\n.*"), u.uit());
        Path fixture = regels.resolve("bouwstenen/mandaat/fixtures/B1.3.yaml");
        // the case's own line in the fixture file
        int regel = Files.readAllLines(fixture).indexOf("  - naam: niet-van-toepassing zonder bron is onbekend") + 1;
        assertTrue(regel > 0);
        assertTrue(u.uit().matches("(?s).*\\n      \\Q" + fixture + ":" + regel + "\\E: niet-van-toepassing zonder bron is onbekend\\n"
                + "        regio \\(.*\\): status NIET_VAN_TOEPASSING, verwacht ONBEKEND\\n.*"), u.uit());
        assertTrue(u.uit().matches("(?s).*\\n  geslaagd +B1\\.1 .*"), "de andere criteria slagen: " + u.uit());
        assertTrue(u.uit().matches("(?s).*\\nMislukt: 2 van \\d+ geval\\(len\\) mislukt; 2 van \\d+ criteria niet geslaagd\\.\\n"), u.uit());
    }

    @Test
    void eenRegelDieNietCompileertGeeftBestandEnRegel(@TempDir Path map) throws IOException {
        Path regels = TestRegels.kopie(map.resolve("regels"));
        vervang(regels.resolve("bouwstenen/mandaat/mandaat.drl"), "rule \"B1.3 coördinerende zorgverzekeraar gemandateerd\"\nwhen",
                "rule \"B1.3 coördinerende zorgverzekeraar gemandateerd\"\nwhen\n    $p : Peildatum(");
        GalacheckCommandTests.Uitkomst u = galacheck("regeltest", "--regels", regels.toString());
        assertEquals(2, u.code(), u.uit() + u.fout());
        assertTrue(u.fout().matches("(?s)(.*\\n)?\\Q" + regels.resolve("bouwstenen/mandaat/mandaat.drl") + "\\E:\\d+: .*"), u.fout());
        assertFalse(u.fout().contains("Exception"), u.fout());
    }

    @Test
    void eenKapotFixturebestandGeeftBestandRegelEnKolom(@TempDir Path map) throws IOException {
        Path regels = TestRegels.kopie(map.resolve("regels"));
        Path b12 = regels.resolve("bouwstenen/mandaat/fixtures/B1.2.yaml");
        vervang(b12, "status: VOLDAAN", "status: VOLDAN");
        Path b11 = regels.resolve("bouwstenen/mandaat/fixtures/B1.1.yaml");
        vervang(b11, "peildatum:", "peildatun:");
        GalacheckCommandTests.Uitkomst u = galacheck("regeltest", "--regels", regels.toString());
        assertEquals(2, u.code(), u.uit() + u.fout());
        assertTrue(u.fout().matches("(?s)(.*\\n)?\\Q" + b12 + "\\E:\\d+:\\d+: gevallen\\[\\d+]\\.verwacht\\[0]\\.status: ongeldige waarde 'VOLDAN' "
                + "\\(verwacht: een van VOLDAAN, .*\\)\\n.*"), u.fout());
        assertTrue(u.fout().matches("(?s)(.*\\n)?\\Q" + b11 + "\\E:\\d+:\\d+: (gevallen\\[\\d+]\\.)?peildatun: onbekend veld 'peildatun' \\(verwacht: een van .*peildatum.*\\)\\n.*"), u.fout());
        assertTrue(u.fout().contains("galacheck: 2 fout(en) in de fixturebestanden"), u.fout());
        assertTrue(u.uit().matches("(?s).*\\n  MISLUKT +B1\\.2 +geen gevallen\\n.*"), u.uit());
    }
}
