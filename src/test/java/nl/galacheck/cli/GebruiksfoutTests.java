package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Wrong usage: one Dutch line with a suggestion and where the help is, never picocli's English nor a Java class name (issue 9, item 8). */
class GebruiksfoutTests {

    record Geval(List<String> args, String verwacht) {
    }

    static final List<Geval> GEVALLEN = List.of(
            new Geval(List.of("chek", "regions/"), "galacheck: onbekend commando 'chek' — bedoelde u `check`? Kies uit: check,"),
            new Geval(List.of("check", "--formaaat", "json", "regions/"), "galacheck check: onbekende optie '--formaaat' — bedoelde u `--formaat`? (zie `galacheck check --help`)"),
            new Geval(List.of("check"), "galacheck check: geef PAD (regiobestanden (.yaml) of mappen met regiobestanden) (zie `galacheck check --help`)"),
            new Geval(List.of("check", "regions/", "--peildatum"), "galacheck check: --peildatum verwacht een waarde (JJJJ-MM-DD) (zie `galacheck check --help`)"),
            new Geval(List.of("check", "regions/", "--peildatum", "3-7-2023"), "galacheck check: ongeldige waarde voor --peildatum: '3-7-2023' is geen bestaande datum (verwacht JJJJ-MM-DD) (zie `galacheck check --help`)"),
            new Geval(List.of("valideer", "regions/", "--max-grootte", "veel"), "galacheck valideer: ongeldige waarde voor --max-grootte: 'veel' is geen grootte"),
            new Geval(List.of("valideer", "regions/", "--peildatum", "2024-01-01"), "galacheck valideer: onbekende optie '--peildatum' (zie `galacheck valideer --help`)"),
            new Geval(List.of("sjabloon"), "galacheck sjabloon: verplichte optie --regio NAAM ontbreekt (zie `galacheck sjabloon --help`)"),
            new Geval(List.of("uitleg", "B17"), "galacheck uitleg: onbekend criterium 'B17' — bedoelde u B1.7?"),
            new Geval(List.of("uitleg", "gli.coordinatr"), "bedoelde u GLI.COORDINATOR?"),
            new Geval(List.of("uitleg", "B1.7", "B1.8"), "galacheck uitleg: onverwacht argument 'B1.8' (zie `galacheck uitleg --help`)"));

    @TestFactory
    Stream<DynamicTest> eenRegelInHetNederlandsMetWaarDeHulpStaat() {
        return GEVALLEN.stream().map(g -> DynamicTest.dynamicTest(String.join(" ", g.args()), () -> {
            GalacheckCommandTests.Uitkomst u = galacheck(g.args().toArray(String[]::new));
            assertEquals(2, u.code(), u.fout());
            assertEquals("", u.uit(), "geen hulptekst bij een fout");
            assertEquals(1, u.fout().strip().lines().count(), "één regel: " + u.fout());
            assertTrue(u.fout().contains(g.verwacht()), u.fout());
            assertFalse(u.fout().matches("(?s).*(Usage|Unknown|Missing|Invalid|Exception|Error).*"), u.fout());
        }));
    }

    @Test
    void deHulpHeeftNederlandseKoppen() {
        GalacheckCommandTests.Uitkomst u = galacheck("check", "--help");
        assertEquals(0, u.code());
        assertTrue(u.uit().startsWith("Gebruik: galacheck check"), u.uit());
        assertTrue(u.uit().contains("Opties:") && u.uit().contains("Toon deze hulp en stop."), u.uit());
        assertFalse(u.uit().contains("Usage:") || u.uit().contains("Show this help"), u.uit());
    }

    @Test
    void geenJavaKlassenamenBijSchrijffouten(@TempDir Path map) throws IOException {
        Path bestaat = Files.writeString(map.resolve("x.yaml"), "versie: 1\n");
        GalacheckCommandTests.Uitkomst u = galacheck("sjabloon", "--regio", "X", "--uit", bestaat.toString());
        assertEquals(2, u.code());
        assertEquals("galacheck: " + bestaat + ": kan niet schrijven: het bestand bestaat al (een sjabloon overschrijft niets)", u.fout().strip());
        GalacheckCommandTests.Uitkomst geenMap = galacheck("check", "regions/vb-noord.yaml", "--uit", map.resolve("geen/map/r.json").toString());
        assertEquals(2, geenMap.code());
        assertTrue(geenMap.fout().contains("kan het rapport niet schrijven: de map bestaat niet"), geenMap.fout());
        assertFalse(geenMap.fout().contains("Exception"), geenMap.fout());
    }
}
