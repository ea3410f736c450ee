package nl.galacheck.regels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.galacheck.TestRegels;

/** {@code afgeleid_uit}: the catalogue declares which groups a derived verdict (B0, K00) rests on. */
class AfgeleidUitTests {

    @Test
    void b0EnK00ZijnAfgeleidUitHunGroepen() {
        Catalogus catalogus = TestRegels.regelset().catalogus();
        assertEquals(List.of("B1", "B2", "B3", "B4", "B5", "B6"), catalogus.criterium("B0").orElseThrow().afgeleidUit());
        assertEquals(List.of("K", "GLI", "OK", "SV", "VP", "KS"), catalogus.criterium("K00").orElseThrow().afgeleidUit());
        assertEquals(List.of("B0", "K00"), catalogus.criteria().stream().filter(Criterium::isAfgeleid).map(Criterium::id).toList());
    }

    @Test
    void eenOnbekendeGroepOfEenVerkeerdeScopeIsEenCatalogusfout(@TempDir Path tmp) throws IOException {
        Path regels = TestRegels.kopie(tmp);
        Path b0 = regels.resolve("bouwstenen/infrastructuur/criteria.yaml");
        Files.writeString(b0, Files.readString(b0).replace("afgeleid_uit: [B1, B2, B3, B4, B5, B6]", "afgeleid_uit: [B1, B9]")
                .replace("    scope: regio\n", "    scope: gemeente\n"));
        RegelsetException e = assertThrows(RegelsetException.class, () -> Regelset.leesCatalogus(Regelbron.uitMap(regels)));
        List<String> meldingen = e.meldingen();
        assertTrue(meldingen.stream().anyMatch(m -> m.contains("criterium B0: afgeleid_uit: groep B9 bestaat niet")), meldingen.toString());
        assertTrue(meldingen.stream().anyMatch(m -> m.contains("criterium B0: afgeleid_uit: een afgeleid oordeel geldt voor de regio of per "
                + "ketenaanpak, niet per gemeente")), meldingen.toString());
    }

}
