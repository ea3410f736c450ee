package nl.galacheck.overzicht;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import nl.galacheck.regels.Criterium;
import nl.galacheck.regio.Regiobestand;

/**
 * What an overview is narrowed to: the criteria where one party must act, the regions of one insurer, one
 * ketenaanpak. Empty fields narrow nothing.
 *
 * @param partij          only criteria of this party (and those of all parties together, {@code samen})
 * @param zorgverzekeraar only regions where this insurer is preferent or coordinating (case ignored)
 * @param ketenaanpak     only this ketenaanpak's columns and figures
 */
public record Filter(String partij, String zorgverzekeraar, String ketenaanpak) {

    public static final Filter GEEN = new Filter(null, null, null);

    public boolean kolom(Kolom k) {
        return (ketenaanpak == null || ketenaanpak.equals(k.blok())) && partij(k.criterium());
    }

    boolean partij(Criterium c) {
        return partij == null || partij.equals(c.partij()) || "samen".equals(c.partij());
    }

    /** The region's insurers: the preferent one and the coordinating one of the mandate (B1.3). */
    public static List<String> zorgverzekeraars(Regiobestand b) {
        return Stream.of(b.regio().preferenteZorgverzekeraar(), b.mandaat() == null ? null : b.mandaat().zorgverzekeraarCoordinerend().waarde())
                .filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
    }

    public boolean regio(Regiobestand b) {
        return zorgverzekeraar == null || zorgverzekeraars(b).stream().anyMatch(n -> norm(n).equals(norm(zorgverzekeraar)));
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** In words, for the heading of the overview; empty when nothing is filtered. */
    public String omschrijving() {
        return Stream.of(partij == null ? null : "partij " + partij + " (en samen)",
                        zorgverzekeraar == null ? null : "zorgverzekeraar " + zorgverzekeraar + " (preferent of coördinerend)",
                        ketenaanpak == null ? null : "ketenaanpak " + ketenaanpak)
                .filter(s -> s != null).reduce((a, b) -> a + " · " + b).orElse("");
    }
}
