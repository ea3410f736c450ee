package nl.galacheck.rapport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch readers write them: "1 juli 2023". */
public final class Datums {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Datums() {
    }

    public static String nl(LocalDate d) {
        return d == null ? "" : NL.format(d);
    }
}
