package nl.galacheck.rapport.overzicht;

/** The formats of {@code galacheck overzicht --formaat}. */
public enum Overzichtformaat {
    TEKST, JSON, CSV;

    /** Colour only applies to text (and only on a terminal). */
    public OverzichtRenderer renderer(boolean kleur) {
        return switch (this) {
            case TEKST -> new OverzichtTekstRenderer(kleur);
            case JSON -> new OverzichtJsonRenderer();
            case CSV -> new OverzichtCsvRenderer();
        };
    }
}
