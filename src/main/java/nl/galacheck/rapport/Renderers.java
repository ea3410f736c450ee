package nl.galacheck.rapport;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats, found by name ({@code --formaat}) or by file extension ({@code --uit}). */
public final class Renderers {

    private static final List<Renderer> ALLE = List.of(new TekstRenderer(), new JsonRenderer(), new MarkdownRenderer(),
            new CsvRenderer(), new XlsxRenderer(), new SarifRenderer(), new JunitRenderer(), new nl.galacheck.rapport.html.HtmlRenderer());

    private Renderers() {
    }

    public static List<Renderer> alle() {
        return ALLE;
    }

    public static Optional<Renderer> metNaam(String naam) {
        String n = naam.trim().toLowerCase(Locale.ROOT);
        return ALLE.stream().filter(r -> r.naam().equals(n)).findFirst();
    }

    /** The format a file name asks for by its extension ({@code rapport.json} → json), if any. */
    public static Optional<Renderer> voorBestand(String bestandsnaam) {
        int punt = bestandsnaam.lastIndexOf('.');
        if (punt < 0) {
            return Optional.empty();
        }
        String ext = bestandsnaam.substring(punt + 1).toLowerCase(Locale.ROOT);
        return ALLE.stream().filter(r -> r.extensie().equals(ext)).findFirst();
    }

    /** The names, for help and error messages: "tekst, json, …". */
    public static String namen() {
        return String.join(", ", ALLE.stream().map(Renderer::naam).toList());
    }
}
