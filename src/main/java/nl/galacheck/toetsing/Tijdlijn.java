package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.List;

/**
 * A region's progress over time: the file replayed on the first of every month (facts dated later do not
 * count yet), with the number of mandatory regional findings met on each date, and the deadlines of those
 * criteria that fall in the period. A progress picture no yearly questionnaire gives.
 */
public record Tijdlijn(List<Stand> standen, List<Termijn> termijnen) {

    /** The replay starts here: the agreement was signed on 23 December 2022. */
    public static final LocalDate BEGIN = LocalDate.of(2023, 1, 1);

    public Tijdlijn {
        standen = List.copyOf(standen);
        termijnen = List.copyOf(termijnen);
    }

    /** The mandatory regional findings on one date, by status ({@code verplicht} is their total). */
    public record Stand(LocalDate datum, int voldaan, int nietVoldaan, int open, int onbekend, int verplicht) {
    }

    /** A deadline in the period and the mandatory criteria due on it. */
    public record Termijn(LocalDate datum, List<String> criteria) {
    }

    /** The largest total on any date, for scaling a chart. */
    public int maximum() {
        return standen.stream().mapToInt(Stand::verplicht).max().orElse(0);
    }
}
