package nl.galacheck.rapport;

/** The report formats, as named on the command line ({@code --formaat}). */
public enum Formaat {
    TEKST, JSON;

    /**
     * The renderer for this format; colour and the short form only apply to text (colour only on a
     * terminal).
     */
    public Renderer renderer(boolean kleur, boolean beknopt) {
        return switch (this) {
            case TEKST -> new TekstRenderer(kleur, beknopt);
            case JSON -> new JsonRenderer();
        };
    }
}
