package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.galacheck.cli.GalacheckCommandTests.Uitkomst;

/** {@code galacheck serve} refuses what would be unsafe or wrong before it starts anything. */
class ServeCommandTests {

    @Test
    void eenAnderAdresDanLocalhostZonderTokenWordtGeweigerd() {
        Uitkomst u = galacheck("serve", "--adres", "0.0.0.0");
        assertEquals(2, u.code());
        assertTrue(u.fout().contains("geef dan een token met --token of de omgevingsvariabele GALACHECK_TOKEN"), u.fout());
    }

    @Test
    void eenOngeldigePoortWordtGeweigerd() {
        Uitkomst p = galacheck("serve", "--poort", "70000");
        assertEquals(2, p.code());
        assertTrue(p.fout().contains("--poort 70000 is geen poort"), p.fout());
    }
}
