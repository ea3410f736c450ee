package nl.galacheck.web;

import java.net.InetAddress;
import java.util.Objects;

import nl.galacheck.regels.Regelset;

/**
 * How {@code galacheck serve} runs: where it listens, the token another address than loopback requires, the
 * rule set (compiled once, before the server listens) and the limits that keep it safe under load and bad uploads.
 *
 * @param token          null when bound to loopback without one
 * @param maxBestand     bytes per region file (as {@code --max-grootte})
 * @param maxVerzoek     bytes per request (all files together)
 * @param gelijktijdig   evaluations running at once; more wait in a queue of {@code wachtrij}
 * @param tijdslimietSec a request's evaluation that takes longer is stopped with 503
 */
public record Webinstellingen(InetAddress adres, int poort, String token, Regelset regelset, long maxBestand, long maxVerzoek,
                              int gelijktijdig, int wachtrij, int tijdslimietSec) {

    public Webinstellingen {
        Objects.requireNonNull(adres, "adres");
        Objects.requireNonNull(regelset, "regelset");
        if (!adres.isLoopbackAddress() && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("een ander adres dan localhost vraagt een token (--token of GALACHECK_TOKEN)");
        }
    }

    /** The defaults: 2 MB per file (as the command line), 10 MB per request, one evaluation per core, 30 s. */
    public static Webinstellingen standaard(InetAddress adres, int poort, String token, Regelset regelset, long maxBestand) {
        int kernen = Runtime.getRuntime().availableProcessors();
        return new Webinstellingen(adres, poort, token, regelset, maxBestand, Math.max(10L * 1024 * 1024, maxBestand),
                Math.max(2, kernen), 64, 30);
    }
}
