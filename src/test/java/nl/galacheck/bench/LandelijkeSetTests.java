package nl.galacheck.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.galacheck.cli.GalacheckCommand;

/** The national test set generator: the promised size, valid files, the same bytes for the same seed. */
class LandelijkeSetTests {

    private static final Path STAPPEN = Path.of("rules/ketenaanpakken/stappen/criteria.yaml");
    private static final Pattern GEMEENTE = Pattern.compile("^  - code: (GM\\d{4})$", Pattern.MULTILINE);

    @Test
    void tienKeerDeSetIsGeldigMetUniekeGemeentecodesVanVierCijfers(@TempDir Path map) throws IOException {
        List<Path> bestanden = LandelijkeSet.schrijf(map, 7, 10, STAPPEN);
        assertEquals(380, bestanden.size());
        Set<String> codes = new HashSet<>();
        for (Path p : bestanden) {
            Matcher m = GEMEENTE.matcher(Files.readString(p));
            while (m.find()) {
                assertTrue(codes.add(m.group(1)), "dubbele gemeentecode " + m.group(1));
            }
        }
        assertEquals(3420, codes.size());
        assertValide(map, 380);
    }

    @Test
    void dezelfdeZaadGeeftDezelfdeBestandenEenAnderZaadAndere(@TempDir Path map) throws IOException {
        List<Path> a = LandelijkeSet.schrijf(map.resolve("a"), 3, 1, STAPPEN);
        List<Path> b = LandelijkeSet.schrijf(map.resolve("b"), 3, 1, STAPPEN);
        List<Path> c = LandelijkeSet.schrijf(map.resolve("c"), 4, 1, STAPPEN);
        assertEquals(38, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName().toString());
        }
        assertFalse(Files.readString(a.get(0)).equals(Files.readString(c.get(0))));
        assertValide(map.resolve("a"), 38);
    }

    @Test
    void deStappenKomenUitDeCatalogus() throws IOException {
        List<LandelijkeSet.Stap> stappen = LandelijkeSet.leesStappen(STAPPEN);
        // 83 steps, of which 5 read the fact of K09 and 1 that of OK.5: no key of their own
        assertEquals(77, stappen.size());
        assertTrue(stappen.contains(new LandelijkeSet.Stap("kansrijke-start", "bestuurlijk-draagvlak", false, 83)));
    }

    private static void assertValide(Path map, int aantal) {
        StringWriter uit = new StringWriter();
        StringWriter fout = new StringWriter();
        int code = GalacheckCommand.voerUit(new PrintWriter(uit, true), new PrintWriter(fout, true), "valideer", map.toString());
        assertEquals(0, code, fout.toString());
        assertEquals(aantal, uit.toString().lines().filter(r -> r.contains(": geldig — ")).count());
    }
}
