package nl.galacheck.regio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.galacheck.invoer.RegioLader;
import nl.galacheck.invoer.Regiotekst;

/** Started as the RIVM defines it ({@link GemeentelijkeKetenaanpak#gestartVolgensRivm()}), derived from the steps. */
class GemeentelijkeKetenaanpakTests {

    private static GemeentelijkeKetenaanpak valpreventie(String stappen) {
        String yaml = """
                versie: 1
                regio: {code: T, naam: Toetsregio}
                gemeenten:
                  - code: GM9991
                    naam: Eerstedorp
                    ketenaanpakken:
                      valpreventie: {stappen: {%s}}
                """.formatted(stappen);
        Regiobestand b = new RegioLader().laad(new Regiotekst("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        return b.gemeentelijkeKetenaanpakken().stream().filter(g -> g.ketenaanpak().equals("valpreventie")).findFirst().orElseThrow();
    }

    @Test
    void deStapMetDeVroegsteDatumIsHetBewijsInElkeVolgorde() {
        for (String stappen : new String[] {"coordinator: 2024-05-01, screening: 2023-02-01, opschalen: ja",
                "opschalen: ja, screening: 2023-02-01, coordinator: 2024-05-01"}) {
            Feit f = valpreventie(stappen).gestartVolgensRivm();
            assertTrue(f.isJa(), stappen);
            assertEquals(LocalDate.of(2023, 2, 1), f.datum(), stappen);
            assertTrue(f.herkomst().pad().endsWith("stappen.screening"), f.herkomst().pad());
        }
    }

    @Test
    void zonderDatumTeltDeEersteStapVanDeCatalogus() {
        // the same answer, whatever order the file (or a hash map) has
        String eerst = valpreventie("opschalen: ja, bestuurlijk-draagvlak: ja").gestartVolgensRivm().herkomst().pad();
        String later = valpreventie("bestuurlijk-draagvlak: ja, opschalen: ja").gestartVolgensRivm().herkomst().pad();
        assertEquals(eerst, later);
        assertTrue(eerst.endsWith("stappen.bestuurlijk-draagvlak"), eerst);
    }

    @Test
    void alleStappenNeeIsNietGestartGeenStappenIsOnbekend() {
        assertTrue(valpreventie("coordinator: nee, screening: nee").gestartVolgensRivm().isNee());
        assertTrue(valpreventie("").gestartVolgensRivm().isAfwezig());
    }
}
