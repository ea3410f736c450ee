package nl.galacheck.rapport.overzicht;

/** The formats of {@code galacheck overzicht --formaat}. */
public enum Overzichtformaat {
    TEKST, JSON, CSV, HTML, XLSX;

    /** Colour only applies to text (and only on a terminal). */
    public OverzichtRenderer renderer(boolean kleur) {
        return switch (this) {
            case TEKST -> new OverzichtTekstRenderer(kleur);
            case JSON -> new OverzichtJsonRenderer();
            case CSV -> new OverzichtCsvRenderer();
            case HTML -> new OverzichtHtmlRenderer();
            case XLSX -> new OverzichtXlsxRenderer();
        };
    }

    /** Not text: written to a file only ({@code --uit}). */
    public boolean isBinair() {
        return this == XLSX;
    }
}
