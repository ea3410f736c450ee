package nl.galacheck.rapport;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import nl.galacheck.regio.Herkomst;
import nl.galacheck.toetsing.Status;

/** The pieces of the terminal report: status signs and words (coloured on a terminal), count rows, fact lists. */
final class Tekstopmaak {

    private static final String RESET = "\u001B[0m";
    static final List<Status> KOLOMMEN = List.of(Status.VOLDAAN, Status.NIET_VOLDAAN, Status.OPEN, Status.ONBEKEND,
            Status.NIET_VAN_TOEPASSING, Status.TOEGELICHT, Status.GEBLOKKEERD_LANDELIJK);
    static final String KOP = "  %-52s %8s %6s %6s %9s %7s %7s %9s%n";

    private final boolean kleur;

    Tekstopmaak(boolean kleur) {
        this.kleur = kleur;
    }

    void kop(PrintWriter uit, String eerste, String achter) {
        uit.printf(achter == null ? KOP : KOP.replace("%n", " %s%n"), eerste, "voldaan", "niet", "open", "onbekend", "n.v.t.",
                "toegel.", "geblokk.", achter);
    }

    void telregel(String label, Map<Status, Long> telling, PrintWriter uit, String achter) {
        String kort = label.length() > 52 ? label.substring(0, 51) + "…" : label;
        uit.printf("  %-52s", kort);
        int[] breedte = {8, 6, 6, 9, 7, 7, 9};
        for (int i = 0; i < KOLOMMEN.size(); i++) {
            uit.printf(" %" + breedte[i] + "d", telling.get(KOLOMMEN.get(i)));
        }
        uit.println(achter.isEmpty() ? "" : " " + achter);
    }

    String status(Status s, boolean hoofdletters) {
        String tekst = hoofdletters ? s.label().toUpperCase() : s.label();
        return kleur ? kleurcode(s) + tekst + RESET : tekst;
    }

    String teken(Status s) {
        String t = Statusteken.van(s);
        return kleur ? kleurcode(s) + t + RESET : t;
    }

    static String feiten(List<Herkomst> feiten) {
        if (feiten.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" · feiten:");
        for (Herkomst h : feiten) {
            s.append(' ').append(h.plaats()).append(' ').append(h.pad()).append(h.aanwezig() ? "" : " (ontbreekt)");
        }
        return s.toString();
    }

    private static String kleurcode(Status s) {
        return switch (s) {
            case VOLDAAN -> "\u001B[32m";
            case NIET_VOLDAAN -> "\u001B[31m";
            case OPEN -> "\u001B[36m";
            case ONBEKEND -> "\u001B[33m";
            default -> "\u001B[90m";
        };
    }
}
