package nl.galacheck.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;
import nl.galacheck.invoer.RegioLader;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.Toetser;

/** The built-in rules compiled at build time behave exactly as the rules compiled from rules/. */
class VoorvertalingTests {

    @Test
    void deJarDraagtDeVoorvertaaldeRegelsVanRulesMee() {
        Regelbron ingebouwd = Regelbron.ingebouwd();
        assertTrue(ingebouwd.voorvertaald().isPresent(), "de build moet voorvertaald.bin maken");
        assertEquals(Regelbron.uitMap(TestRegels.MAP).vingerafdruk(), ingebouwd.vingerafdruk());
        byte[] bytes = ingebouwd.voorvertaald().get();
        assertTrue(Voorvertaling.lees(bytes, ingebouwd.vingerafdruk()).isPresent());
    }

    @Test
    void voorvertaaldGeeftDezelfdeRegelsEnDezelfdeBevindingen() {
        Regelset voorvertaald = Regelset.bouw(Regelbron.ingebouwd());
        Regelset vers = TestRegels.regelset();
        assertEquals(vers.regelnamen(), voorvertaald.regelnamen());
        Regiobestand oost = new RegioLader().laad(Path.of("regions/vb-oost.yaml"), "regions/vb-oost.yaml");
        LocalDate peildatum = LocalDate.of(2026, 11, 23);
        assertEquals(samenvatting(new Toetser(vers).toets(oost, peildatum).bevindingen()),
                samenvatting(new Toetser(voorvertaald).toets(oost, peildatum).bevindingen()));
    }

    @Test
    void andereOfKapotteVoorvertalingWordtGenegeerd() throws Exception {
        Regelbron bron = Regelbron.ingebouwd();
        assertTrue(Voorvertaling.lees(bron.voorvertaald().get(), "andere regels").isEmpty());
        assertTrue(Voorvertaling.lees(new byte[] {1, 2, 3}, bron.vingerafdruk()).isEmpty());
    }

    private static List<String> samenvatting(List<Bevinding> bevindingen) {
        return bevindingen.stream().map(b -> b.criterium().id() + " " + b.onderwerp().sleutel() + " " + b.status() + " " + b.melding()).toList();
    }
}
