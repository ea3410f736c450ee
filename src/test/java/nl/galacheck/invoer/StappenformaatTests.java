package nl.galacheck.invoer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regio.Ketenaanpak;

/** The step keys the region format accepts are exactly the steps the catalogue judges, at the same level. */
class StappenformaatTests {

    /** Steps that read the fact of a GALA criterion instead of a key of their own. */
    private static final Set<String> ZELFDE_FEIT = Set.of("afspraken-zv", "czv-aangesteld");

    @Test
    void elkeStapVanDeCatalogusHeeftZijnSleutelOpHetJuisteNiveau() {
        for (Ketenaanpak k : Ketenaanpak.values()) {
            for (String niveau : List.of("gemeente", "regio")) {
                Set<String> catalogus = new TreeSet<>();
                for (Criterium c : TestRegels.regelset().catalogus().criteria()) {
                    if (c.stap() != null && k.code().equals(c.ketenaanpak()) && c.stap().niveau().equals(niveau)
                            && !ZELFDE_FEIT.contains(c.stap().sleutel())) {
                        catalogus.add(c.stap().sleutel());
                    }
                }
                List<String> formaat = niveau.equals("gemeente") ? KetenaanpakLezer.STAPPEN_GEMEENTE.get(k) : KetenaanpakLezer.STAPPEN_REGIO.get(k);
                assertEquals(catalogus, new TreeSet<>(formaat), k.code() + " op niveau " + niveau);
            }
        }
    }
}
