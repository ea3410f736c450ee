package nl.galacheck.regels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import nl.galacheck.TestRegels;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every citation of the catalogue (rules/**&#47;criteria.yaml) and of rules/landelijk.yaml against the source
 * texts: each quoted fragment of {@code brontekst} lies within exactly the lines {@code bron} cites, and
 * each criterion's {@code grondslag} (the words its weight rests on) occurs in its {@code brontekst}.
 * The sources are the seeds beside the project ({@code ../shared/seeds}, or {@code -Dgalacheck.seeds=MAP});
 * without them these tests are skipped, saying so.
 */
class BrontekstTests {

    private static final Path SEEDS = Path.of(System.getProperty("galacheck.seeds", "../shared/seeds"));

    /** One place in a catalogue file with a citation. */
    record Citaat(String waar, String bron, String brontekst, String grondslag) {
    }

    private static final String ZONDER_SEEDS = "overgeslagen: de bronteksten ontbreken (" + SEEDS.toAbsolutePath()
            + "); zet ze daar of geef -Dgalacheck.seeds=MAP om de citaten te controleren";

    /** Without the sources: one skipped test that says why, so the report shows it. */
    private static Stream<DynamicTest> overgeslagen() {
        return Stream.of(DynamicTest.dynamicTest("bronteksten ontbreken", () -> assumeTrue(false, ZONDER_SEEDS)));
    }

    @TestFactory
    Stream<DynamicTest> elkCitaatStaatPreciesOpDeGeciteerdeRegels() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            return overgeslagen();
        }
        Vindplaats vindplaats = new Vindplaats(SEEDS);
        return citaten().stream().map(c -> DynamicTest.dynamicTest(c.waar(), () -> {
            List<String> fouten = vindplaats.controleer(c.bron(), c.brontekst());
            assertTrue(fouten.isEmpty(), c.waar() + " (" + c.bron() + "):\n  " + String.join("\n  ", fouten));
        }));
    }

    /** The check above can fail: every citation moved by one line, up or down, is rejected. */
    @TestFactory
    Stream<DynamicTest> eenBereikEenRegelVerschovenWordtAfgewezen() throws IOException {
        if (!Files.isDirectory(SEEDS)) {
            return overgeslagen();
        }
        Vindplaats vindplaats = new Vindplaats(SEEDS);
        return citaten().stream().map(c -> DynamicTest.dynamicTest(c.waar(), () -> {
            List<Vindplaats.Bereik> bereiken = Vindplaats.bereiken(c.bron());
            for (int i = 0; i < bereiken.size(); i++) {
                for (int stap : new int[] {-1, 1}) {
                    List<Vindplaats.Bereik> verschoven = new ArrayList<>(bereiken);
                    verschoven.set(i, bereiken.get(i).verschoven(stap));
                    assertFalse(vindplaats.controleer(verschoven, c.brontekst()).isEmpty(),
                            c.waar() + ": " + bereiken.get(i) + " met " + stap + " regel verschoven wordt niet opgemerkt");
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> grondslagStaatInDeBrontekst() throws IOException {
        return citaten().stream().filter(c -> c.waar().startsWith("criterium ")).map(c -> DynamicTest.dynamicTest(c.waar(), () -> {
            assertTrue(c.grondslag() != null && !c.grondslag().isBlank(), c.waar() + ": grondslag ontbreekt");
            assertTrue(Vindplaats.normaal(c.brontekst()).contains(Vindplaats.normaal(c.grondslag())),
                    c.waar() + ": grondslag \"" + c.grondslag() + "\" staat niet in de brontekst");
        }));
    }

    @Test
    void deVerwijzingenWordenGelezen() {
        assertTrue(Vindplaats.bereiken("GALA §3G-II randvoorwaarde 10, r. 2097–2098 en voetnoot 21 (r. 2115); "
                + "Kamerbrief 32 793, nr. 562, r. 247–251").toString()
                .equals("[003 r. 2097–2098, 003 r. 2115, 004 r. 247–251]"));
    }

    /** Every mapping with both bron and brontekst, in the catalogue files and rules/landelijk.yaml. */
    static List<Citaat> citaten() throws IOException {
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<Path> bestanden;
        try (Stream<Path> s = Files.walk(TestRegels.MAP)) {
            bestanden = s.filter(p -> p.getFileName().toString().equals("criteria.yaml")
                    || p.getFileName().toString().equals("landelijk.yaml")).sorted().toList();
        }
        List<Citaat> uit = new ArrayList<>();
        for (Path p : bestanden) {
            verzamel(yaml.readTree(p.toFile()), TestRegels.MAP.relativize(p).toString(), uit);
        }
        assertFalse(uit.isEmpty(), "geen citaten gevonden onder " + TestRegels.MAP);
        return uit;
    }

    private static void verzamel(JsonNode knoop, String waar, List<Citaat> uit) {
        if (knoop.isObject()) {
            if (knoop.hasNonNull("bron") && knoop.hasNonNull("brontekst")) {
                String id = knoop.path("id").asString(null);
                uit.add(new Citaat(id != null ? "criterium " + id : waar, knoop.get("bron").asString(),
                        knoop.get("brontekst").asString(), knoop.path("grondslag").asString(null)));
            }
            knoop.properties().forEach(e -> verzamel(e.getValue(), waar + "." + e.getKey(), uit));
        } else if (knoop.isArray()) {
            for (int i = 0; i < knoop.size(); i++) {
                verzamel(knoop.get(i), waar + "[" + i + "]", uit);
            }
        }
    }
}
