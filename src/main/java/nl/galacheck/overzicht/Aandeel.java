package nl.galacheck.overzicht;

/**
 * A share on a stated basis: {@code gezet} of {@code basis} units, with {@code onbekend} of the basis where
 * the file does not say (counted as not set: the share is a lower bound, never a false green).
 */
public record Aandeel(int gezet, int basis, int onbekend) {

    static final Aandeel GEEN = new Aandeel(0, 0, 0);

    /** Percentage of the basis, or null when the basis is empty. */
    public Double percentage() {
        return basis == 0 ? null : 100.0 * gezet / basis;
    }

    Aandeel plus(Aandeel a) {
        return new Aandeel(gezet + a.gezet, basis + a.basis, onbekend + a.onbekend);
    }
}
