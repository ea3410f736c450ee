package nl.galacheck.rapport.overzicht;

import java.util.Locale;

import nl.galacheck.overzicht.Aandeel;
import nl.galacheck.overzicht.Cel;
import nl.galacheck.overzicht.Kolom;
import nl.galacheck.toetsing.Status;

/** The symbols and short texts every overview format shares, so a cell reads the same everywhere. */
final class Tekens {

    /** Shown where a region has no finding for a column. */
    static final String GEEN = "·";

    private Tekens() {
    }

    /** One narrow character per status (no emoji: they are two columns wide in a terminal). */
    static String teken(Status s) {
        return nl.galacheck.rapport.Statusteken.van(s);
    }

    /** A regional cell is its symbol; a per-gemeente cell "7/9": municipalities met of those it applies to. */
    static String cel(Kolom k, Cel c) {
        if (c == null) {
            return GEEN;
        }
        return k.perGemeente() && c.vanToepassing() > 0 ? c.voldaan() + "/" + c.vanToepassing() : teken(c.status());
    }

    /** "83%", or "–" without a basis. */
    static String procent(Double p) {
        return p == null ? "–" : String.format(Locale.ROOT, "%.0f%%", p);
    }

    static String procent(Aandeel a) {
        return procent(a.percentage());
    }

    /** "83% (34 van 41, onbekend 2)": the share, its count and basis, and the unknowns when there are any. */
    static String aandeel(Aandeel a) {
        return procent(a) + " (" + a.gezet() + " van " + a.basis() + (a.onbekend() == 0 ? "" : ", onbekend " + a.onbekend()) + ")";
    }
}
