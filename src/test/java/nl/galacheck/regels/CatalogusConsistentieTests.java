package nl.galacheck.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;
import nl.galacheck.fixture.Dekking;
import nl.galacheck.fixture.Fixture;
import nl.galacheck.fixture.FixtureRunner;
import nl.galacheck.fixture.Fixturebron;
import nl.galacheck.invoer.Regiotekst;

/**
 * The catalogue, the DRL rules and the fixtures must agree: no criterion without a rule and
 * fixtures, no rule or fixture referring to an unknown criterion, and fixtures that cover met, unmet
 * and unknown (and both sides of the deadline where there is one).
 */
class CatalogusConsistentieTests {

    private static final Pattern OORDEEL_ID = Pattern.compile("Oorde(?:el|len)\\.\\w+\\(\\s*\"([^\"]+)\"");
    private static final Pattern REGELNAAM = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"");
    /** A rule that judges a whole group from catalogue data (the RIVM steps) names the group it matches. */
    private static final Pattern GROEPSREGEL = Pattern.compile("Criterium\\(\\s*groep\\s*==\\s*\"([^\"]+)\"");
    /** A generic rule (rules/feiten.drl) judges every criterion whose catalogue entry declares its kind of fact. */
    private static final Pattern FEITREGEL = Pattern.compile("Criterium\\(\\s*feitsoort\\s*==\\s*\"([^\"]+)\"");

    private final Regelset regelset = TestRegels.regelset();
    private final Catalogus catalogus = regelset.catalogus();

    @Test
    void elkCriteriumHeeftEenRegelEnElkeRegelVerwijstNaarDeCatalogus() {
        Set<String> inRegels = new TreeSet<>();
        List<String> fouten = new ArrayList<>();
        for (Regelbestand drl : Regelbron.uitMap(TestRegels.MAP).bestanden().stream().filter(Regelbestand::isDrl).toList()) {
            Matcher m = OORDEEL_ID.matcher(drl.inhoud());
            while (m.find()) {
                inRegels.add(m.group(1));
                if (catalogus.criterium(m.group(1)).isEmpty()) {
                    fouten.add(drl.naam() + ": verwijst naar onbekend criterium " + m.group(1));
                }
            }
            Matcher groep = GROEPSREGEL.matcher(drl.inhoud());
            while (groep.find()) {
                String g = groep.group(1);
                catalogus.criteria().stream().filter(c -> c.groep().equals(g)).forEach(c -> inRegels.add(c.id()));
            }
            Matcher feit = FEITREGEL.matcher(drl.inhoud());
            while (feit.find()) {
                String soort = feit.group(1);
                catalogus.criteria().stream().filter(c -> soort.equals(c.feitsoort())).forEach(c -> inRegels.add(c.id()));
            }
            Matcher naam = REGELNAAM.matcher(drl.inhoud());
            while (naam.find()) {
                String id = naam.group(1).split(" ")[0];
                if (catalogus.criterium(id).isEmpty() && catalogus.groep(id) == null && !id.equals("feit")) {
                    fouten.add(drl.naam() + ": regel \"" + naam.group(1) + "\" begint niet met een criterium-id of groep");
                }
            }
        }
        // a derived verdict (afgeleid_uit) is the engine's, never a rule's: a rule on it would give two verdicts
        catalogus.criteria().stream().filter(c -> !c.isAfgeleid() && !inRegels.contains(c.id()))
                .forEach(c -> fouten.add(c.id() + ": geen regel oordeelt over dit criterium"));
        catalogus.criteria().stream().filter(c -> c.isAfgeleid() && inRegels.contains(c.id()))
                .forEach(c -> fouten.add(c.id() + ": afgeleid (afgeleid_uit), maar ook een regel oordeelt erover"));
        assertEquals(List.of(), fouten);
    }

    @Test
    void elkCriteriumHeeftFixturesDieVoldaanNietVoldaanEnOnbekendDekken() {
        FixtureRunner runner = new FixtureRunner(regelset);
        Fixturebron bron = Fixturebron.uitMap(TestRegels.MAP);
        Map<String, List<Fixture.Geval>> perCriterium = new HashMap<>();
        List<String> fouten = new ArrayList<>();
        for (Regiotekst bestand : bron.bestanden()) {
            Fixture f = runner.lees(bestand, bron.basis());
            for (Fixture.Geval g : f.gevallen()) {
                perCriterium.computeIfAbsent(g.criterium(), k -> new ArrayList<>()).add(g);
                if (catalogus.criterium(g.criterium()).isEmpty()) {
                    fouten.add(g.plaats(f) + ": onbekend criterium " + g.criterium());
                } else {
                    Criterium c = catalogus.criterium(g.criterium()).get();
                    Path verwacht = Path.of(c.bestand()).resolveSibling("fixtures");
                    if (!Path.of(f.bestand()).getParent().normalize().equals(verwacht.normalize())) {
                        fouten.add(g.plaats(f) + ": " + c.id() + " hoort in " + verwacht + " (naast de catalogus van " + c.groep() + ")");
                    }
                }
            }
        }
        for (Criterium c : catalogus.criteria()) {
            List<Fixture.Verwachting> alle = perCriterium.getOrDefault(c.id(), List.of()).stream()
                    .flatMap(g -> g.verwacht().stream()).toList();
            Dekking.tekorten(c, alle).forEach(t -> fouten.add(c.id() + ": " + t));
        }
        assertEquals(List.of(), fouten);
    }

    @Test
    void catalogusMetadataIsVolledig() {
        assertTrue(catalogus.grootte() >= 34, "catalogus te klein: " + catalogus.grootte());
        for (Criterium c : catalogus.criteria()) {
            assertTrue(c.bron().contains("r."), c.id() + ": bron zonder regelnummers: " + c.bron());
            assertTrue(Files.isRegularFile(Path.of(c.bestand())), c.id() + ": catalogusbestand " + c.bestand());
        }
    }
}
