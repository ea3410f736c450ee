package nl.galacheck.rapport;

import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.Status;

/** The deadline part of a finding in words: "termijn 1 juli 2023 · 1241 dagen te laat". */
final class Termijntekst {

    private Termijntekst() {
    }

    static String van(Bevinding b) {
        String termijn = b.termijn() == null ? "geen termijn" : "termijn " + Datums.nl(b.termijn());
        return switch (b.status()) {
            case VOLDAAN -> termijn + " · voldaan" + (b.datum() == null ? " (datum onbekend)" : " op " + Datums.nl(b.datum()))
                    + (b.dagenTeLaat() == null ? "" : ", te laat: " + dagen(b.dagenTeLaat()));
            case NIET_VOLDAAN -> termijn + (b.dagenTeLaat() == null ? "" : " · " + dagen(b.dagenTeLaat()) + " te laat");
            case OPEN -> termijn + " · nog " + dagen(b.dagenResterend());
            default -> termijn + (b.termijn() != null && b.termijnVerstreken() && b.status() != Status.NIET_VAN_TOEPASSING
                    ? " (verstreken)" : "");
        };
    }

    private static String dagen(int n) {
        return n == 1 ? "1 dag" : n + " dagen";
    }
}
