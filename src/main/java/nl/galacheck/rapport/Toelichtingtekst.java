package nl.galacheck.rapport;

import java.util.ArrayList;
import java.util.List;

import nl.galacheck.regio.Toelichting;
import nl.galacheck.toetsing.Status;
import nl.galacheck.toetsing.Toelichtingsstand;

/** The words every format uses for an explanation: its sign and its subject. */
final class Toelichtingtekst {

    private Toelichtingtekst() {
    }

    /** ✎ honoured, ✘ does not hold, – stale. */
    static String teken(Toelichtingsstand s) {
        return switch (s.soort()) {
            case GEHONOREERD -> Statusteken.van(Status.TOEGELICHT);
            case NIET_GEHONOREERD -> Statusteken.van(Status.NIET_VOLDAAN);
            case VEROUDERD -> Statusteken.van(Status.NIET_VAN_TOEPASSING);
        };
    }

    /** "regio", "GM9913 · gli", "2025": what the explanation is about, as written. */
    static String onderwerp(Toelichtingsstand s) {
        Toelichting t = s.toelichting();
        List<String> delen = new ArrayList<>();
        for (String d : new String[] {t.gemeente(), t.ketenaanpak(), t.onderdeel()}) {
            if (d != null) {
                delen.add(d);
            }
        }
        return delen.isEmpty() ? "regio" : String.join(" · ", delen);
    }
}
