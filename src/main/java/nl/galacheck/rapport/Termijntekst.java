package nl.galacheck.rapport;

import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.Status;

/** The deadline part of a finding in words: "termijn 1 juli 2023 · 1241 dagen te laat". */
public final class Termijntekst {

    private Termijntekst() {
    }

    public static String van(Bevinding b) {
        String termijn = b.termijn() == null ? "geen termijn" : "termijn " + Datums.nl(b.termijn()) + lezing(b);
        return switch (b.status()) {
            case VOLDAAN -> termijn + " · voldaan" + (b.datum() == null ? " (datum onbekend)" : " op " + Datums.nl(b.datum()))
                    + (b.dagenTeLaat() == null ? "" : ", te laat: " + dagen(b.dagenTeLaat()));
            case NIET_VOLDAAN -> termijn + (b.dagenTeLaat() == null ? "" : " · " + dagen(b.dagenTeLaat()) + " te laat");
            case OPEN -> termijn + " · nog " + dagen(b.dagenResterend());
            default -> termijn + (b.termijn() != null && b.termijnVerstreken() && b.status() != Status.NIET_VAN_TOEPASSING
                    ? " (verstreken)" : "");
        };
    }

    /** Only how late or how much time is left: "1247 dagen te laat", "nog 30 dagen", "geen termijn". */
    public static String kort(Bevinding b) {
        if (b.status() == Status.NIET_VOLDAAN && b.dagenTeLaat() != null) {
            return dagen(b.dagenTeLaat()) + " te laat";
        }
        if (b.status() == Status.OPEN && b.dagenResterend() != null) {
            return "nog " + dagen(b.dagenResterend()) + " (termijn " + Datums.nl(b.termijn()) + lezing(b) + ")";
        }
        return b.termijn() == null ? "geen termijn" : "termijn " + Datums.nl(b.termijn()) + lezing(b);
    }

    /** A deadline the text does not give is marked as galacheck's reading (catalogue: termijn_lezing). */
    private static String lezing(Bevinding b) {
        return b.termijn() != null && b.criterium().termijnLezing() != null ? " (volgens lezing van galacheck)" : "";
    }

    /** The reason for a deadline that is galacheck's reading, for renderers that show it in full; else null. */
    static String lezingVolledig(Bevinding b) {
        return b.termijn() != null && b.criterium().termijnLezing() != null
                ? "termijn volgens lezing van galacheck: " + b.criterium().termijnLezing() : null;
    }

    private static String dagen(int n) {
        return n == 1 ? "1 dag" : n + " dagen";
    }
}
