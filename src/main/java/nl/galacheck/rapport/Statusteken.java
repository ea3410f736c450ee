package nl.galacheck.rapport;

import nl.galacheck.toetsing.Status;

/** A sign per status, so no format shows a status by colour alone. */
public final class Statusteken {

    private Statusteken() {
    }

    public static String van(Status s) {
        return switch (s) {
            case VOLDAAN -> "✔";
            case NIET_VOLDAAN -> "✘";
            case OPEN -> "◷";
            case ONBEKEND -> "?";
            case NIET_VAN_TOEPASSING -> "–";
            case TOEGELICHT -> "✎";
            case GEBLOKKEERD_LANDELIJK -> "⊘";
        };
    }
}
