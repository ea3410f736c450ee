package nl.galacheck.rapport.html;

import java.time.LocalDate;
import java.util.List;

import nl.galacheck.rapport.Datums;
import nl.galacheck.rapport.Statusteken;
import nl.galacheck.rapport.Termijntekst;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.Status;

/** Small presentation helpers for the templates: CSS modifiers, signs, Dutch dates. */
public final class Html {

    private Html() {
    }

    /** The CSS modifier of a status: "niet-voldaan". */
    public static String klasse(Status s) {
        return s.name().toLowerCase().replace('_', '-');
    }

    public static String teken(Status s) {
        return Statusteken.van(s);
    }

    public static String datum(LocalDate d) {
        return Datums.nl(d);
    }

    public static String termijn(Bevinding b) {
        return Termijntekst.van(b);
    }

    public static String kort(Bevinding b) {
        return Termijntekst.kort(b);
    }

    public static String lijst(List<String> l) {
        return String.join(", ", l);
    }

    /** The statuses with sign and word, for the legend. */
    public static List<Status> legenda() {
        return Statusbalk.VOLGORDE;
    }

    /** Per party the numbers that matter: "3 niet voldaan · 1 open · 20 onbekend · 40 voldaan". */
    public static String samenvatting(List<Bevinding> bevindingen) {
        List<String> delen = new java.util.ArrayList<>();
        for (Status s : Statusbalk.VOLGORDE) {
            long n = bevindingen.stream().filter(b -> b.status() == s).count();
            if (n > 0) {
                delen.add(n + " " + s.label());
            }
        }
        return String.join(" · ", delen);
    }
}
