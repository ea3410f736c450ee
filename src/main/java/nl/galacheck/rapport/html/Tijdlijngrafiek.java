package nl.galacheck.rapport.html;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.galacheck.rapport.Datums;
import nl.galacheck.toetsing.Tijdlijn;

/**
 * The timeline as chart coordinates for an inline SVG: the mandatory regional findings met per month (and their
 * total), years along the x axis, deadlines as vertical marks. Only geometry; the data is the model's.
 */
public final class Tijdlijngrafiek {

    public static final int BREEDTE = 760;
    public static final int HOOGTE = 280;
    public static final int LINKS = 48;
    public static final int RECHTS = 16;
    public static final int BOVEN = 16;
    public static final int ONDER = 40;

    private final Tijdlijn tijdlijn;
    private final LocalDate begin;
    private final LocalDate eind;
    private final int maximum;

    public Tijdlijngrafiek(Tijdlijn tijdlijn) {
        this.tijdlijn = tijdlijn;
        this.begin = tijdlijn.standen().get(0).datum();
        this.eind = tijdlijn.standen().get(tijdlijn.standen().size() - 1).datum();
        this.maximum = Math.max(1, tijdlijn.maximum());
    }

    public record Punt(double x, double y) {
    }

    public record Streep(double positie, String label) {
    }

    public record Termijnstreep(double x, String datum, String criteria) {
    }

    public Tijdlijn tijdlijn() {
        return tijdlijn;
    }

    public Tijdlijn.Stand laatste() {
        return tijdlijn.standen().get(tijdlijn.standen().size() - 1);
    }

    public Tijdlijn.Stand eerste() {
        return tijdlijn.standen().get(0);
    }

    public String lijnVoldaan() {
        return punten(true);
    }

    public String lijnVerplicht() {
        return punten(false);
    }

    /** The points of the "met" line, for markers on each month. */
    public List<Punt> puntenVoldaan() {
        return tijdlijn.standen().stream().map(s -> new Punt(x(s.datum()), y(s.voldaan()))).toList();
    }

    /** 1 January of each year in the period. */
    public List<Streep> jaren() {
        List<Streep> jaren = new ArrayList<>();
        for (int j = begin.getYear(); j <= eind.getYear(); j++) {
            LocalDate d = LocalDate.of(j, 1, 1);
            if (!d.isBefore(begin) && !d.isAfter(eind)) {
                jaren.add(new Streep(x(d), String.valueOf(j)));
            }
        }
        return jaren;
    }

    /** Four steps on the y axis, from 0 to the largest total. */
    public List<Streep> niveaus() {
        List<Streep> niveaus = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            int waarde = (int) Math.round(maximum * i / 4.0);
            niveaus.add(new Streep(y(waarde), String.valueOf(waarde)));
        }
        return niveaus;
    }

    public List<Termijnstreep> termijnen() {
        return tijdlijn.termijnen().stream()
                .map(t -> new Termijnstreep(x(t.datum()), Datums.nl(t.datum()), String.join(", ", t.criteria()))).toList();
    }

    public int onderkant() {
        return HOOGTE - ONDER;
    }

    public int rechterkant() {
        return BREEDTE - RECHTS;
    }

    /** For screen readers and the summary line. */
    public String beschrijving() {
        return "Verplichte criteria van de regio voldaan per maand, van " + Datums.nl(begin) + " (" + eerste().voldaan() + " van "
                + eerste().verplicht() + ") tot " + Datums.nl(eind) + " (" + laatste().voldaan() + " van " + laatste().verplicht()
                + "); verticale lijnen zijn termijnen.";
    }

    private String punten(boolean voldaan) {
        StringBuilder s = new StringBuilder();
        for (Tijdlijn.Stand stand : tijdlijn.standen()) {
            s.append(s.isEmpty() ? "" : " ").append(getal(x(stand.datum()))).append(',')
                    .append(getal(y(voldaan ? stand.voldaan() : stand.verplicht())));
        }
        return s.toString();
    }

    private double x(LocalDate d) {
        long dagen = Math.max(1, ChronoUnit.DAYS.between(begin, eind));
        return LINKS + (BREEDTE - LINKS - RECHTS) * (double) ChronoUnit.DAYS.between(begin, d) / dagen;
    }

    private double y(int waarde) {
        return HOOGTE - ONDER - (HOOGTE - ONDER - BOVEN) * (double) waarde / maximum;
    }

    private static String getal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
