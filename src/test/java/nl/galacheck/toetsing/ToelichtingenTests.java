package nl.galacheck.toetsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.galacheck.TestRegels;
import nl.galacheck.invoer.Invoerfout;
import nl.galacheck.invoer.RegioLader;
import nl.galacheck.regio.Regiobestand;

/**
 * Pas toe of leg uit, one case per fixture in src/test/resources/toelichtingen/: the base region vb-noord (everything
 * met) with the financial arrangement of the mandate (B1.5, a duty of the municipalities) set to nee, and one
 * explanation per case.
 */
class ToelichtingenTests {

    private static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 29);

    @TempDir
    Path map;

    /** vb-noord with B1.5 (and for the joint cases B2.2) not met and the fixture's {@code toelichtingen} appended. */
    private Regiobestand regio(String fixture) throws IOException {
        String basis = Files.readString(Path.of("regions/vb-noord.yaml"));
        String gewijzigd = basis.replaceFirst("(?m)^(  financiele_regeling:).*$", "$1 nee");
        assertTrue(!gewijzigd.equals(basis), "de basisregio heeft mandaat.financiele_regeling");
        if (fixture.startsWith("samen")) {
            // B2.2, a joint duty, not met either
            gewijzigd = gewijzigd.replaceFirst("(?m)^(  thema_preventie:).*$", "$1 nee");
        }
        String toelichtingen = Files.readString(Path.of("src/test/resources/toelichtingen/" + fixture + ".yaml"));
        Path bestand = map.resolve(fixture + ".yaml");
        Files.writeString(bestand, gewijzigd + "\n" + toelichtingen);
        return new RegioLader().laad(bestand, fixture + ".yaml");
    }

    private static RegioToetsing toets(Regiobestand r) {
        return new Toetser(TestRegels.regelset()).toets(r, PEILDATUM);
    }

    private static Bevinding bevinding(RegioToetsing r, String criterium) {
        return r.bevindingen().stream().filter(b -> b.criterium().id().equals(criterium)).findFirst().orElseThrow();
    }

    @Test
    void zonderToelichtingIsHetEenTekort() throws IOException {
        RegioToetsing r = toets(regio("geen"));
        assertEquals(Status.NIET_VOLDAAN, bevinding(r, "B1.5").status());
        assertEquals(Status.NIET_VOLDAAN, bevinding(r, "B0").status());
        assertTrue(r.heeftVerplichteTekorten());
    }

    @Test
    void eenGeaccepteerdeGeldigeToelichtingMaaktHetToegelichtEnB0VoldaanMetToelichting() throws IOException {
        RegioToetsing r = toets(regio("gehonoreerd"));
        Bevinding b15 = bevinding(r, "B1.5");
        assertEquals(Status.TOEGELICHT, b15.status());
        assertTrue(b15.melding().startsWith("toegelicht (pas toe of leg uit): De financiële regeling staat in de begroting"), b15.melding());
        assertTrue(b15.melding().contains("geaccepteerd door zorgverzekeraar op 2025-02-01, geldig tot 2027-12-31"), b15.melding());
        assertTrue(b15.feiten().stream().anyMatch(h -> h.pad().equals("toelichtingen[0]")));
        assertTrue(b15.bewijs().contains("Brief zorgverzekeraar 1 februari 2025"));
        Bevinding b0 = bevinding(r, "B0");
        assertEquals(Status.TOEGELICHT, b0.status(), "nooit voldaan: voldaan met toelichting");
        assertTrue(b0.melding().startsWith("voldaan met toelichting: B1.5"), b0.melding());
        assertFalse(r.heeftVerplichteTekorten(), "een gehonoreerde toelichting telt niet als tekort");
        assertTrue(r.werkvoorraad().eerstTeDoen().stream().noneMatch(x -> x.criterium().id().equals("B1.5")));
        assertTrue(r.aanZet().values().stream().flatMap(List::stream).noneMatch(x -> x.criterium().id().equals("B1.5")));
        assertEquals(List.of(Toelichtingsstand.Soort.GEHONOREERD), r.toelichtingen().stream().map(Toelichtingsstand::soort).toList());
    }

    @Test
    void verlopenNietGeaccepteerdTeLaatGeaccepteerdOfDoorDeVerkeerdePartijGeldtNiet() throws IOException {
        for (String[] geval : new String[][] {
                {"verlopen", "verlopen: geldig tot 2026-06-30"},
                {"niet-geaccepteerd", "niet geaccepteerd door zorgverzekeraar"},
                {"eigen-partij", "niet geaccepteerd door zorgverzekeraar"},
                {"na-peildatum", "door zorgverzekeraar pas geaccepteerd op 2027-01-10, na de peildatum"}}) {
            RegioToetsing r = toets(regio(geval[0]));
            Bevinding b15 = bevinding(r, "B1.5");
            assertEquals(Status.NIET_VOLDAAN, b15.status(), geval[0]);
            assertTrue(b15.melding().contains("de toelichting (toelichtingen[0]) geldt niet: " + geval[1]), geval[0] + ": " + b15.melding());
            assertEquals(Status.NIET_VOLDAAN, bevinding(r, "B0").status(), geval[0]);
            assertTrue(r.heeftVerplichteTekorten(), geval[0]);
            Toelichtingsstand s = r.toelichtingen().get(0);
            assertEquals(Toelichtingsstand.Soort.NIET_GEHONOREERD, s.soort(), geval[0]);
            assertTrue(s.reden().contains(geval[1]), s.reden());
        }
    }

    @Test
    void verlopenGeldtTotEnMetDeLaatsteDag() throws IOException {
        Regiobestand r = regio("verlopen");
        assertEquals(Status.TOEGELICHT, bevinding(new Toetser(TestRegels.regelset()).toets(r, LocalDate.of(2026, 6, 30)), "B1.5").status());
        assertEquals(Status.NIET_VOLDAAN, bevinding(new Toetser(TestRegels.regelset()).toets(r, LocalDate.of(2026, 7, 1)), "B1.5").status());
    }

    @Test
    void eenGezamenlijkePlichtVraagtBeidePartijen() throws IOException {
        RegioToetsing een = toets(regio("samen-een-partij"));
        assertEquals(Status.NIET_VOLDAAN, bevinding(een, "B2.2").status());
        assertTrue(bevinding(een, "B2.2").melding().contains("niet geaccepteerd door gemeenten"), bevinding(een, "B2.2").melding());
        RegioToetsing beide = toets(regio("samen-beide"));
        assertEquals(Status.TOEGELICHT, bevinding(beide, "B2.2").status());
        assertTrue(bevinding(beide, "B2.2").melding().contains("geaccepteerd door gemeenten op 2025-03-01 en zorgverzekeraar op 2025-03-05"));
    }

    @Test
    void eenToelichtingZonderTekortIsVerouderd() throws IOException {
        RegioToetsing r = toets(regio("verouderd"));
        List<Toelichtingsstand> standen = r.toelichtingen();
        assertEquals(Toelichtingsstand.Soort.VEROUDERD, standen.get(0).soort());
        assertEquals("niet meer nodig: B1.1 is voldaan", standen.get(0).reden());
        assertEquals(Toelichtingsstand.Soort.VEROUDERD, standen.get(1).soort());
        assertTrue(standen.get(1).reden().startsWith("past bij geen bevinding van B6.1"), standen.get(1).reden());
        assertEquals(Status.VOLDAAN, bevinding(r, "B1.1").status(), "een toelichting maakt een voldaan criterium niet anders");
    }

    @Test
    void deCatalogusBepaaltWatToeTeLichtenIs() throws IOException {
        List<Invoerfout> fouten = Toelichtingen.controleer(regio("ongeldig").toelichtingen(), TestRegels.regelset().catalogus());
        List<String> meldingen = fouten.stream().map(Invoerfout::tekst).toList();
        assertEquals(7, meldingen.size(), String.join("\n", meldingen));
        assertTrue(meldingen.get(0).contains("onbekend criterium 'B15' — bedoelde u `B1.5`?"), meldingen.get(0));
        assertTrue(meldingen.get(1).contains("K02 is een plicht van landelijke partijen: een regio kan die niet toelichten"));
        assertTrue(meldingen.get(2).contains("B0 is een afgeleid oordeel"));
        assertTrue(meldingen.get(3).contains("B3.2 is niet toe te lichten: "));
        assertTrue(meldingen.get(4).contains("B5.3 wordt per gemeente getoetst: noem de gemeente"));
        assertTrue(meldingen.get(5).contains("B6.2 is een jaarlijkse plicht: noem het jaar"));
        assertTrue(meldingen.get(6).contains("nog een toelichting bij B1.5 voor hetzelfde onderwerp"));
        assertTrue(fouten.stream().allMatch(f -> f.regel() > 0), "elke fout met zijn regel");
    }

    @Test
    void eenLandelijkeVoorwaardeWeegtOokZonderControleNooitAlsToegelicht() throws IOException {
        RegioToetsing r = toets(regio("ongeldig"));
        assertTrue(r.bevindingen().stream().filter(b -> b.criterium().isLandelijk()).noneMatch(b -> b.status() == Status.TOEGELICHT));
        assertTrue(r.bevindingen().stream().filter(b -> b.criterium().id().equals("B3.2")).noneMatch(b -> b.status() == Status.TOEGELICHT));
    }
}
