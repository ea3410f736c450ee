package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One case per class of bad input: `galacheck valideer` must say precisely what is wrong and where,
 * exit 3, and never show a stack trace. The files in src/test/resources/kapot/ name the messages they
 * must produce in their `# verwacht:` lines.
 */
class KapotteInvoerTests {

    private static final Path KAPOT = Path.of("src/test/resources/kapot");

    @TempDir
    Path map;

    @TestFactory
    Stream<DynamicTest> elkKapotBestandGeeftZijnFoutmeldingen() throws IOException {
        List<Path> bestanden;
        try (Stream<Path> s = Files.list(KAPOT)) {
            bestanden = s.sorted().toList();
        }
        assertFalse(bestanden.isEmpty());
        return bestanden.stream().map(bestand -> DynamicTest.dynamicTest(bestand.getFileName().toString(), () -> {
            List<String> verwacht = Files.readAllLines(bestand).stream()
                    .filter(r -> r.startsWith("# verwacht: ")).map(r -> r.substring("# verwacht: ".length())).toList();
            assertFalse(verwacht.isEmpty(), bestand + " noemt geen verwachte melding");
            GalacheckCommandTests.Uitkomst u = galacheck("valideer", bestand.toString());
            assertEquals(3, u.code(), u.fout());
            for (String fragment : verwacht) {
                assertTrue(u.fout().contains(fragment), "verwacht '" + fragment + "' in:\n" + u.fout());
            }
            assertGeenStacktrace(u);
        }));
    }

    static void assertGeenStacktrace(GalacheckCommandTests.Uitkomst u) {
        for (String tekst : List.of(u.uit(), u.fout())) {
            assertFalse(tekst.contains("Exception") || tekst.contains("\tat ") || tekst.contains("interne fout"), tekst);
        }
    }

    private GalacheckCommandTests.Uitkomst valideer(Path bestand, byte[] inhoud) throws IOException {
        Files.write(bestand, inhoud);
        return galacheck("valideer", bestand.toString());
    }

    @Test
    void binaireGegevensEnOngeldigeUtf8() throws IOException {
        GalacheckCommandTests.Uitkomst binair = valideer(map.resolve("binair.yaml"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        assertEquals(3, binair.code());
        assertTrue(binair.fout().contains("binair.yaml: het bestand bevat binaire gegevens (verwacht: tekst (YAML, UTF-8); gevonden: een NUL-byte)"), binair.fout());
        GalacheckCommandTests.Uitkomst latin1 = valideer(map.resolve("latin1.yaml"), "naam: Sm\u00e9t\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(3, latin1.code());
        assertTrue(latin1.fout().contains("latin1.yaml: het bestand is geen geldige UTF-8-tekst"), latin1.fout());
    }

    @Test
    void eenTeGrootBestandWordtNietGelezen() throws IOException {
        Path groot = map.resolve("groot.yaml");
        try (RandomAccessFile f = new RandomAccessFile(groot.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        GalacheckCommandTests.Uitkomst u = galacheck("valideer", groot.toString());
        assertEquals(3, u.code());
        assertTrue(u.fout().contains("groot.yaml: het bestand is te groot (verwacht: hoogstens 2097152 bytes; gevonden: 209715200 bytes)"), u.fout());
        GalacheckCommandTests.Uitkomst grens = galacheck("valideer", "--max-grootte", "1K", "regions/vb-noord.yaml");
        assertEquals(3, grens.code());
        assertTrue(grens.fout().contains("hoogstens 1024 bytes"), grens.fout());
        assertEquals(0, galacheck("valideer", "--max-grootte", "1M", "regions/vb-noord.yaml").code());
        assertEquals(2, galacheck("valideer", "--max-grootte", "veel", "regions/vb-noord.yaml").code());
    }

    @Test
    void eenMapZonderRegiobestanden() throws IOException {
        Path leeg = Files.createDirectories(map.resolve("leeg"));
        Files.writeString(leeg.resolve("lees-mij.txt"), "geen yaml");
        GalacheckCommandTests.Uitkomst u = galacheck("valideer", leeg.toString());
        assertEquals(3, u.code());
        assertTrue(u.fout().contains("leeg: de map bevat geen regiobestanden (verwacht: bestanden *.yaml of *.yml)"), u.fout());
    }

    @Test
    void eenGemeenteInTweeRegiosAlleenAlsDeBestandenDatZeggen() throws IOException {
        Path a = map.resolve("a.yaml");
        Path b = map.resolve("b.yaml");
        Files.writeString(a, "versie: 1\nregio: {code: A, naam: A}\ngemeenten:\n  - {code: GM9991, naam: Grensdorp}\n");
        Files.writeString(b, "versie: 1\nregio: {code: B, naam: B}\ngemeenten:\n  - {code: GM9992, naam: Elders}\n  - {code: GM9991, naam: Grensdorp}\n");
        GalacheckCommandTests.Uitkomst u = galacheck("valideer", a.toString(), b.toString());
        assertEquals(3, u.code());
        assertTrue(u.fout().contains("a.yaml:4:5: gemeenten[0]: gemeente GM9991 Grensdorp staat ook in regio B (verwacht: één regio per gemeente, of `gedeeld_met: [B]` bij deze gemeente)"), u.fout());
        assertTrue(u.fout().contains("b.yaml:5:5: gemeenten[1]: gemeente GM9991 Grensdorp staat ook in regio A"), u.fout());

        Files.writeString(a, "versie: 1\nregio: {code: A, naam: A}\ngemeenten:\n  - {code: GM9991, naam: Grensdorp, gedeeld_met: [B]}\n");
        Files.writeString(b, "versie: 1\nregio: {code: B, naam: B}\ngemeenten:\n  - {code: GM9991, naam: Grensdorp, gedeeld_met: [A]}\n");
        assertEquals(0, galacheck("valideer", a.toString(), b.toString()).code());
    }

    @Test
    void eenRegiocodeInTweeBestanden() throws IOException {
        Files.writeString(map.resolve("a.yaml"), "versie: 1\nregio: {code: X, naam: A}\ngemeenten: [{code: GM9991, naam: A}]\n");
        Files.writeString(map.resolve("b.yaml"), "versie: 1\nregio: {code: X, naam: B}\ngemeenten: [{code: GM9992, naam: B}]\n");
        GalacheckCommandTests.Uitkomst u = galacheck("valideer", map.toString());
        assertEquals(3, u.code());
        assertTrue(u.fout().contains("regio.code: regiocode X komt ook voor in " + map.resolve("a.yaml")), u.fout());
    }

    @Test
    void hooguitHonderdFoutenPerBestand() throws IOException {
        StringBuilder s = new StringBuilder("versie: 1\nregio: {code: T, naam: T}\ngemeenten:\n");
        for (int i = 0; i < 150; i++) {
            s.append("  - {code: GM").append(i).append(", naam: G}\n");
        }
        Path p = map.resolve("veel.yaml");
        Files.writeString(p, s.toString());
        GalacheckCommandTests.Uitkomst u = galacheck("valideer", p.toString());
        assertEquals(3, u.code());
        assertEquals(101, u.fout().lines().filter(r -> r.startsWith(p.toString())).count(), u.fout());
        assertTrue(u.fout().contains("… en nog 50 fout(en); herstel eerst deze"), u.fout());
    }

    @Test
    void eenRegelDieBlijftVurenWordtGestopt() throws IOException {
        Path drl = map.resolve("lus/lus.drl");
        Files.createDirectories(drl.getParent());
        Files.writeString(drl, """
                package lus;
                import nl.galacheck.toetsing.Peildatum;
                rule "X lus"
                when
                    $p : Peildatum()
                then
                    update($p);
                end
                """);
        GalacheckCommandTests.Uitkomst u = galacheck("check", "regions/vb-noord.yaml", "--regels", map.resolve("lus").toString());
        assertEquals(2, u.code());
        assertTrue(u.fout().contains("de regels stoppen niet: afgebroken na 200000 activeringen"), u.fout());
        assertGeenStacktrace(u);
    }
}
