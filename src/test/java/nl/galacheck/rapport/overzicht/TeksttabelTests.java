package nl.galacheck.rapport.overzicht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.galacheck.toetsing.Status;

/** A table wider than the screen is cut at group boundaries into parts that each fit and repeat the row labels. */
class TeksttabelTests {

    @Test
    void eenTeBredeTabelWordtOpGroepsgrenzenGesplitst() {
        Teksttabel t = new Teksttabel("regio");
        List<String> cellen = new ArrayList<>();
        for (int g = 0; g < 12; g++) {
            for (int k = 0; k < 5; k++) {
                t.kolom("G" + g, g + "." + k);
                cellen.add("12/34");
            }
        }
        t.rij("NL-01 (34)", cellen, Collections.nCopies(cellen.size(), Status.VOLDAAN));
        t.rij("NL-02 (3)", cellen, null);
        List<String> regels = t.regels(80, (tekst, s) -> "<" + tekst + ">");
        regels.forEach(r -> assertTrue(r.replaceAll("[<>]", "").length() <= 80, r));
        List<String> groepregels = regels.stream().filter(r -> r.trim().startsWith("│ G")).toList();
        assertTrue(groepregels.size() > 1, "in delen");
        // every group appears once, whole: no group is cut in two
        String alle = String.join(" ", groepregels);
        for (int g = 0; g < 12; g++) {
            assertEquals(1, alle.split("│ G" + g + "\\b", -1).length - 1, "G" + g);
        }
        assertEquals(groepregels.size(), regels.stream().filter(r -> r.startsWith("NL-01 (34)")).count(), "elk deel herhaalt de regio's");
        assertTrue(regels.stream().anyMatch(r -> r.contains("<12/34 >")), "kleur na het opvullen");
    }
}
