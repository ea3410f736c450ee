package nl.galacheck.rapport.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.galacheck.toetsing.Status;

/**
 * The findings of a bouwsteen or ketenaanpak as a stacked bar (inline SVG, 0–100 wide). Each segment carries its
 * status's sign, pattern and a title, and the numbers stand beside it: status never by colour alone.
 */
public record Statusbalk(String code, String naam, Map<Status, Long> telling, List<Segment> segmenten, long totaal) {

    /** The statuses a bar shows, in reading order. */
    public static final List<Status> VOLGORDE = List.of(Status.VOLDAAN, Status.NIET_VOLDAAN, Status.OPEN, Status.ONBEKEND,
            Status.GEBLOKKEERD_LANDELIJK, Status.NIET_VAN_TOEPASSING);

    public record Segment(Status status, long aantal, double x, double breedte) {

        public String klasse() {
            return Html.klasse(status);
        }
    }

    static Statusbalk van(String code, String naam, Map<Status, Long> telling) {
        long totaal = VOLGORDE.stream().mapToLong(s -> telling.getOrDefault(s, 0L)).sum();
        List<Segment> segmenten = new ArrayList<>();
        double x = 0;
        for (Status s : VOLGORDE) {
            long n = telling.getOrDefault(s, 0L);
            if (n > 0) {
                double breedte = 100.0 * n / totaal;
                segmenten.add(new Segment(s, n, afgerond(x), afgerond(breedte)));
                x += breedte;
            }
        }
        return new Statusbalk(code, naam, telling, segmenten, totaal);
    }

    public long aantal(Status s) {
        return telling.getOrDefault(s, 0L);
    }

    /** For screen readers: "12 voldaan, 3 niet voldaan, …". */
    public String beschrijving() {
        List<String> delen = new ArrayList<>();
        segmenten.forEach(s -> delen.add(s.aantal() + " " + s.status().label()));
        return naam + ": " + (delen.isEmpty() ? "geen bevindingen" : String.join(", ", delen));
    }

    private static double afgerond(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
