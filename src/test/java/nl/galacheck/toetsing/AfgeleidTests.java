package nl.galacheck.toetsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;
import nl.galacheck.regels.Criterium;

/** A derived verdict (B0, K00) over its parts: {@link Afgeleid#alleVoldaan}. */
class AfgeleidTests {

    private static final LocalDate TERMIJN = LocalDate.of(2025, 1, 1);
    private static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 29);
    private static final Onderwerp REGIO = Onderwerp.regio("T");
    private static final List<Criterium> CRITERIA = List.of(criterium("B1.1"), criterium("B1.2"), criterium("B2.1"));

    private static Criterium criterium(String id) {
        return TestRegels.regelset().catalogus().criterium(id).orElseThrow();
    }

    private static Oordeel deel(String id, Uitkomst u, LocalDate datum, LocalDate termijn) {
        return new Oordeel(id, REGIO, u, datum, termijn, id + " zegt het", List.of(), List.of());
    }

    private static Oordeel b0(Oordeel... delen) {
        return Afgeleid.alleVoldaan("B0", REGIO, TERMIJN, PEILDATUM, List.of(delen), CRITERIA);
    }

    @Test
    void allesVoldaanIsVoldaanOpDeLaatsteDatum() {
        Oordeel o = b0(deel("B1.1", Uitkomst.VOLDAAN, LocalDate.of(2023, 3, 1), TERMIJN),
                deel("B1.2", Uitkomst.VOLDAAN, LocalDate.of(2024, 6, 1), TERMIJN));
        assertEquals(Uitkomst.VOLDAAN, o.uitkomst());
        assertEquals(LocalDate.of(2024, 6, 1), o.datum());
        assertEquals("alle 2 verplichte bevindingen voldaan, de laatste op 2024-06-01", o.reden());
    }

    @Test
    void eenDeelMetEenLatereEigenTermijnTeltNietMeeMaarWordtGenoemd() {
        Oordeel o = b0(deel("B1.1", Uitkomst.VOLDAAN, LocalDate.of(2023, 3, 1), TERMIJN),
                deel("B2.1", Uitkomst.NIET_VOLDAAN, null, LocalDate.of(2027, 1, 1)));
        assertEquals(Uitkomst.VOLDAAN, o.uitkomst());
        assertTrue(o.reden().contains("(1 met een latere termijn tellen niet mee)"), o.reden());
        assertTrue(o.reden().contains("niet meegeteld wegens een latere eigen termijn: open: B2.1"), o.reden());
    }

    @Test
    void nietVoldaanGaatVoorOnbekendEnBeideWordenGenoemd() {
        Oordeel o = b0(deel("B1.1", Uitkomst.NIET_VOLDAAN, null, TERMIJN), deel("B1.2", Uitkomst.ONBEKEND, null, TERMIJN),
                deel("B2.1", Uitkomst.NIET_VOLDAAN, null, TERMIJN));
        assertEquals(Uitkomst.NIET_VOLDAAN, o.uitkomst());
        assertEquals("niet voldaan: B1.1, B2.1; onbekend: B1.2", o.reden());
    }

    @Test
    void onbekendZonderTekortIsOnbekendNooitVoldaan() {
        Oordeel o = b0(deel("B1.1", Uitkomst.VOLDAAN, LocalDate.of(2023, 3, 1), TERMIJN), deel("B1.2", Uitkomst.ONBEKEND, null, TERMIJN));
        assertEquals(Uitkomst.ONBEKEND, o.uitkomst());
    }

    @Test
    void eenToegelichtDeelMaaktHetGeheelToegelichtNooitVoldaan() {
        Oordeel o = b0(deel("B1.1", Uitkomst.VOLDAAN, LocalDate.of(2023, 3, 1), TERMIJN), deel("B1.2", Uitkomst.TOEGELICHT, null, TERMIJN));
        assertEquals(Uitkomst.TOEGELICHT, o.uitkomst());
        assertTrue(o.reden().startsWith("voldaan met toelichting: B1.2"), o.reden());
    }

    @Test
    void landelijkGeblokkeerdAlsAlHetRegionaleVoldaanIs() {
        Oordeel o = b0(deel("B1.1", Uitkomst.VOLDAAN, LocalDate.of(2023, 3, 1), TERMIJN),
                deel("B1.2", Uitkomst.GEBLOKKEERD_LANDELIJK, null, TERMIJN));
        assertEquals(Uitkomst.GEBLOKKEERD_LANDELIJK, o.uitkomst());
    }
}
