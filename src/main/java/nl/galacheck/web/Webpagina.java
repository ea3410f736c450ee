package nl.galacheck.web;

import java.util.List;
import java.util.Map;

import nl.galacheck.rapport.html.Pagina;
import nl.galacheck.toetsing.Status;

/**
 * What the page shows: the form (kept filled in), and after a check either the invalid uploads with every error at
 * its line, or per region the verdict B0 and the counts, the report, and the forms that download it.
 *
 * @param melding  one sentence above everything (too large, a wrong date), or null
 * @param uploads  the texts as received, for the errors at their lines and for the download forms
 * @param regios   empty unless the check ran
 * @param html     the HTML report's model, shown with its own templates; null when there is no HTML renderer
 * @param rapport  the text report, shown when there is no HTML renderer; else null
 */
// public: the precompiled template (another package) reads it
public record Webpagina(String peildatum, String partij, List<String> partijen, String melding, List<Upload> uploads, List<Regio> regios,
                        Pagina html, String rapport, List<Formaat> formaten, List<String> overigeFouten) {

    /** One uploaded or pasted file: its name, its text line by line with the errors of each line. */
    public record Upload(String naam, String tekst, List<Regel> regels, int fouten) {
    }

    /** A line of an upload; {@code fouten} are the messages that point at it. */
    public record Regel(int nummer, String tekst, List<String> fouten) {
    }

    /** The headline of one region: B0 and how many findings per status. */
    public record Regio(String naam, String code, String bestand, Status b0, String b0tekst, Map<Status, Long> telling) {
    }

    /** A download button: the renderer's name and what the button says. */
    public record Formaat(String naam, String label) {
    }

    /** The pasted text, back in the text field after a check (to correct it or try another peildatum). */
    public String geplakt() {
        return uploads.stream().filter(u -> u.naam().startsWith("geplakt.yaml")).map(Upload::tekst).findFirst().orElse("");
    }

    public boolean heeftFouten() {
        return uploads.stream().anyMatch(u -> u.fouten() > 0) || !overigeFouten.isEmpty();
    }
}
