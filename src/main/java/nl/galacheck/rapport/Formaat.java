package nl.galacheck.rapport;

/** The report formats, as named on the command line ({@code --formaat}). */
public enum Formaat {
    TEKST, JSON;

    /** The renderer for this format; colour only applies to text on a terminal. */
    public Renderer renderer(boolean kleur) {
        return switch (this) {
            case TEKST -> new TekstRenderer(kleur);
            case JSON -> new JsonRenderer();
        };
    }
}
