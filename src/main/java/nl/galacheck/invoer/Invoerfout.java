package nl.galacheck.invoer;

/**
 * One problem in an input file, with everything a policy officer needs to fix it.
 *
 * @param verwacht what the format expects at this place (may be null)
 * @param gevonden what the file has there (may be null)
 */
public record Invoerfout(String bestand, int regel, int kolom, String pad, String melding, String verwacht,
                         String gevonden) {

    /** A problem at the place {@code h} of a region file. */
    static Invoerfout bij(nl.galacheck.regio.Herkomst h, String melding, String verwacht, String gevonden) {
        return new Invoerfout(h.bestand(), h.regel(), h.kolom(), h.pad(), melding, verwacht, gevonden);
    }

    /** One line: {@code bestand:regel:kolom: pad: melding (verwacht: …; gevonden: …)}. */
    public String tekst() {
        StringBuilder s = new StringBuilder(bestand);
        if (regel > 0) {
            s.append(':').append(regel).append(':').append(kolom);
        }
        s.append(": ");
        if (pad != null && !pad.isEmpty()) {
            s.append(pad).append(": ");
        }
        s.append(melding);
        if (verwacht != null || gevonden != null) {
            s.append(" (");
            if (verwacht != null) {
                s.append("verwacht: ").append(verwacht);
            }
            if (verwacht != null && gevonden != null) {
                s.append("; ");
            }
            if (gevonden != null) {
                s.append("gevonden: ").append(gevonden);
            }
            s.append(')');
        }
        // one problem, one line: a value with line breaks from the file must not break the format
        return s.toString().replace("\r", "").replace("\n", "⏎");
    }
}
