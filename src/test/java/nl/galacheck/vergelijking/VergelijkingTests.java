package nl.galacheck.vergelijking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;
import nl.galacheck.invoer.RegioLader;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.toetsing.Onderwerp;
import nl.galacheck.toetsing.Status;
import nl.galacheck.toetsing.Toetser;

class VergelijkingTests {

    private static Vergelijking west(String van, String tot) {
        Regiobestand west = new RegioLader().laad(Path.of("regions/vb-west.yaml"), "regions/vb-west.yaml");
        Toetser toetser = new Toetser(TestRegels.regelset());
        String sha = TestRegels.regelset().vingerafdruk();
        return Vergelijking.van(Stand.van(toetser.toets(List.of(west), LocalDate.parse(van)), "west", "test", sha),
                Stand.van(toetser.toets(List.of(west), LocalDate.parse(tot)), "west", "test", sha), false);
    }

    private static Wijziging wijziging(Vergelijking.RegioVergelijking r, String criterium, String onderwerp) {
        return r.wijzigingen().stream().filter(w -> w.punt().criterium().equals(criterium) && w.punt().onderwerp().sleutel().equals(onderwerp))
                .findFirst().orElseThrow(() -> new AssertionError(criterium + " " + onderwerp + " niet gewijzigd"));
    }

    @Test
    void deLateStarterSluitVeelEnLichtDeLatePublicatieToe() {
        Vergelijking.RegioVergelijking r = west("2024-01-01", "2026-01-01").regios().get(0);
        assertEquals("VB-WEST", r.code());
        assertEquals(Status.OPEN, r.infrastructuur().oud());
        assertEquals(Status.TOEGELICHT, r.infrastructuur().nieuw(), "B0: voldaan met toelichting (B4.3)");
        assertFalse(r.infrastructuur().wijziging().isVerslechtering());
        Wijziging mandaat = wijziging(r, "B1.1", "regio");
        assertEquals(Wijziging.Soort.GESLOTEN, mandaat.soort());
        assertEquals(Status.NIET_VOLDAAN, mandaat.oud().status());
        assertFalse(mandaat.isVerslechtering());
        // the publication is late, but the explanation was accepted in March 2025: explained, not worse
        Wijziging publicatie = wijziging(r, "B4.3", "regio");
        assertEquals(Wijziging.Soort.GEWIJZIGD, publicatie.soort());
        assertEquals(Status.TOEGELICHT, publicatie.nieuw().status());
        assertFalse(publicatie.isVerslechtering());
        // the yearly duty of 2025 did not exist on 1 January 2024
        assertEquals(Wijziging.Soort.NIEUW, wijziging(r, "B6.2", "2025").soort());
        assertEquals(List.of(), r.verslechteringen().stream().map(w -> w.punt().criterium()).toList());
        long erbij = r.wijzigingen().stream().filter(w -> w.oud() == null).count();
        assertEquals(33, erbij, "de jaarplichten van 2025 en 2026");
        assertEquals(r.tellingNieuw().values().stream().mapToLong(Long::longValue).sum() - erbij,
                r.tellingOud().values().stream().mapToLong(Long::longValue).sum(), "wat er bij kwam verklaart het verschil in aantal");
    }

    @Test
    void dezelfdePeildatumGeeftGeenVerschil() {
        Vergelijking v = west("2025-06-01", "2025-06-01");
        assertTrue(v.regios().get(0).wijzigingen().isEmpty());
        assertNull(v.regios().get(0).infrastructuur().wijziging());
        assertFalse(v.heeftVerslechteringen());
    }

    private static Punt punt(String ernst, String partij, Status status, boolean verstreken) {
        return new Punt("X1", "titel", ernst, partij, Onderwerp.regio("R"), status, LocalDate.of(2024, 1, 1), null, null, verstreken);
    }

    @Test
    void soortEnVerslechteringPerOvergang() {
        Wijziging teLaat = Wijziging.van(punt("verplicht", "samen", Status.OPEN, false), punt("verplicht", "samen", Status.NIET_VOLDAAN, true));
        assertEquals(Wijziging.Soort.TE_LAAT, teLaat.soort());
        assertTrue(teLaat.isVerslechtering());
        Wijziging bewijsWeg = Wijziging.van(punt("verplicht", "samen", Status.VOLDAAN, false), punt("verplicht", "samen", Status.ONBEKEND, false));
        assertEquals(Wijziging.Soort.GEWIJZIGD, bewijsWeg.soort());
        assertTrue(bewijsWeg.isVerslechtering(), "bewijs dat uit het bestand verdwijnt is een verslechtering");
        Wijziging nuNee = Wijziging.van(punt("verplicht", "samen", Status.ONBEKEND, false), punt("verplicht", "samen", Status.OPEN, false));
        assertEquals(Wijziging.Soort.GEOPEND, nuNee.soort());
        assertFalse(nuNee.isVerslechtering(), "onbekend wordt open: nu bekend, niet verder van voldaan");
        Wijziging advies = Wijziging.van(punt("advies", "samen", Status.VOLDAAN, false), punt("advies", "samen", Status.NIET_VOLDAAN, true));
        assertEquals(Wijziging.Soort.GEOPEND, advies.soort());
        assertFalse(advies.isVerslechtering(), "advies telt niet voor de afsluitcode");
        assertFalse(Wijziging.van(punt("verplicht", "landelijk", Status.VOLDAAN, false),
                punt("verplicht", "landelijk", Status.NIET_VOLDAAN, true)).isVerslechtering(), "een landelijke voorwaarde is geen regionaal tekort");
        Wijziging nieuwTekort = Wijziging.van(null, punt("verplicht", "gemeenten", Status.NIET_VOLDAAN, true));
        assertEquals(Wijziging.Soort.GEOPEND, nieuwTekort.soort());
        assertTrue(nieuwTekort.isVerslechtering());
        assertEquals(Wijziging.Soort.TE_LAAT, Wijziging.van(punt("verplicht", "samen", Status.ONBEKEND, false),
                punt("verplicht", "samen", Status.ONBEKEND, true)).soort(), "een verplichte onbekende waarvan de termijn verstreek");
        assertNull(Wijziging.van(punt("advies", "samen", Status.ONBEKEND, false), punt("advies", "samen", Status.ONBEKEND, true)),
                "advies waarover het bestand zwijgt wordt nooit 'te laat'");
        assertEquals(Wijziging.Soort.GESLOTEN, Wijziging.van(punt("verplicht", "samen", Status.TOEGELICHT, true),
                punt("verplicht", "samen", Status.VOLDAAN, true)).soort());
        assertEquals(Wijziging.Soort.VERVALLEN, Wijziging.van(punt("verplicht", "samen", Status.OPEN, false), null).soort());
    }
}
