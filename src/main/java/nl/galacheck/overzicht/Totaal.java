package nl.galacheck.overzicht;

import java.util.Map;

import nl.galacheck.toetsing.Status;

/**
 * The national roll-up of one column: the units (regions, or municipalities for a per-gemeente criterion)
 * per status over all rows; the sum of the rows' cells.
 */
public record Totaal(Kolom kolom, Map<Status, Integer> telling) {

    public Totaal {
        telling = Map.copyOf(telling);
    }

    public int aantal(Status s) {
        return telling.get(s);
    }

    /** Units the criterion applies to. */
    public int vanToepassing() {
        return telling.values().stream().mapToInt(Integer::intValue).sum() - telling.get(Status.NIET_VAN_TOEPASSING);
    }

    /** The share of applicable units with this status, in percent (0 when none applies). */
    public double aandeel(Status s) {
        return vanToepassing() == 0 ? 0 : 100.0 * aantal(s) / vanToepassing();
    }
}
