package nl.galacheck.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The declarations the generic rules read ({@code feit}, {@code parameters}): read when sound, refused with file:line when not. */
class CatalogusLaderTests {

    private static final String KOP = """
            groep: T
            naam: Toets
            volgorde: 1
            criteria:
              - id: T.1
                titel: Titel
                ernst: verplicht
                grondslag: "moet"
                bron: "GALA, r. 1"
                brontekst: "Dit moet."
                bewijs: b
                herstel: h
            """;

    private static Catalogus lees(String extra) {
        return new CatalogusLader().lees(List.of(new Regelbestand("t/criteria.yaml", "t/criteria.yaml", KOP + extra)));
    }

    private static String fout(String extra) {
        return String.join("\n", assertThrows(RegelsetException.class, () -> lees(extra)).meldingen());
    }

    @Test
    void eenVerklaardFeitWordtGelezen() {
        Criterium c = lees("""
                    scope: regio
                    partij: samen
                    feit: regioplan.gezondheidsdoelen
                    onderdeel_van: regioplan.vastgesteld
                    parameters: {doel: 14, woorden: [a, b], host: x.nl}
                """).criterium("T.1").orElseThrow();
        assertEquals("regioplan", c.feitsoort());
        assertEquals("regioplan.gezondheidsdoelen", c.beoordeling().feit().toString());
        assertEquals(14, c.getal("doel"));
        assertEquals(List.of("a", "b"), c.lijst("woorden"));
        assertEquals("x.nl", c.tekst("host"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> c.getal("host")).getMessage().contains("geen getal"));
    }

    @Test
    void eenOnbekendeSleutelGeeftBestandEnRegel() {
        String f = fout("""
                    scope: regio
                    partij: samen
                    feit: regioplan.gezondheidsdoel
                """);
        assertTrue(f.startsWith("t/criteria.yaml:5: criterium T.1: feit: 'regioplan.gezondheidsdoel': regioplan heeft geen feit"
                + " gezondheidsdoel (wel: vastgesteld, partijen,"), f);
    }

    @Test
    void eenOnbekendeSoortEnEenAndereScopeWordenGeweigerd() {
        assertTrue(fout("    scope: regio\n    partij: samen\n    feit: plan.doelen\n").contains("verwacht soort.sleutel met soort een van"));
        assertTrue(fout("    scope: gemeente\n    partij: samen\n    feit: regioplan.evaluatie\n")
                .contains("feit regioplan.evaluatie gaat over scope regio, niet gemeente"));
        assertTrue(fout("    scope: regio\n    partij: samen\n    feit: landelijk\n").contains("feit: landelijk hoort bij partij landelijk"));
        assertTrue(fout("    scope: regio\n    partij: samen\n    onderdeel_van: regioplan.vastgesteld\n")
                .contains("onderdeel_van, bevat, elk, periode en of_genoemd_in horen bij feit"));
        assertTrue(fout("    scope: regio\n    partij: samen\n    feit: regioplan.partijen\n    bevat: [a]\n    elk: [b]\n")
                .contains("sluiten elkaar uit"));
        assertTrue(fout("    scope: regio\n    partij: samen\n    feit: regioplan.partijen\n    periode: mandaat.vastgesteld\n")
                .contains("mandaat.vastgesteld is geen regioplan"));
        assertTrue(fout("    scope: regio\n    partij: samen\n    feit: regioplan.ggd_betrokken\n    of_genoemd_in: {lijst: regioplan.partijen}\n")
                .contains("of_genoemd_in: verwacht {lijst: soort.sleutel, waarde: …}"));
        assertTrue(fout("    scope: regio\n    partij: samen\n    parameters: {doel: 1.5}\n")
                .contains("t/criteria.yaml:5: criterium T.1: parameters.doel: verwacht een geheel getal"));
    }

    private static final String STAP = """
                scope: ketenaanpak-gemeente
                partij: gemeenten
                ketenaanpak: overgewicht-kinderen
                niveau: gemeente
                sleutel: czv-aangesteld
            """;

    @Test
    void eenStapMetHetFeitVanEenCriteriumLeestDatFeit() {
        Catalogus c = lees(STAP + """
                    zelfde_feit_als: T.1
                    feit: ketenaanpak-gemeente.centrale_zorgverlener
                """);
        Stap stap = c.criterium("T.1").orElseThrow().stap();
        assertEquals("ketenaanpak-gemeente.centrale_zorgverlener", stap.feit().toString());
        assertEquals(null, c.criterium("T.1").orElseThrow().beoordeling(), "the step's feit is its own fact, not a generic rule's");
    }

    @Test
    void zelfdeFeitAlsEnFeitHorenSamenEnKloppen() {
        assertTrue(fout(STAP + "    zelfde_feit_als: T.1\n").contains("een stap met zelfde_feit_als noemt één feit"));
        assertTrue(fout(STAP + "    feit: ketenaanpak-gemeente.centrale_zorgverlener\n").contains("een stap met zelfde_feit_als noemt één feit"));
        assertTrue(fout(STAP + "    zelfde_feit_als: T.1\n    feit: ketenaanpak.samenwerkingsafspraken\n")
                .contains("feit ketenaanpak.samenwerkingsafspraken gaat over scope ketenaanpak, niet ketenaanpak-gemeente"));
        assertTrue(fout(STAP + "    zelfde_feit_als: T.9\n    feit: ketenaanpak-gemeente.centrale_zorgverlener\n")
                .contains("criterium T.1: zelfde_feit_als T.9 is geen criterium"));
    }
}
