package nl.galacheck.toetsing;

import java.time.LocalDate;

/** The date of assessment, inserted as a fact so rules never read a clock. */
public record Peildatum(LocalDate datum) {
}
