package nl.galacheck.rapport.vergelijking;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.galacheck.vergelijking.Vergelijking;

/**
 * One format of {@code galacheck vergelijk}. Like {@link Renderer}: it only presents; what closed, opened and
 * got worse is decided on {@link Vergelijking}. Found by name or extension, as the check formats are.
 */
public interface Vergelijkingsrenderer {

    String naam();

    String extensie();

    /** Writes the comparison; does not close {@code uit}. */
    void schrijf(Vergelijking vergelijking, OutputStream uit) throws IOException;

    /** The formats of {@code vergelijk}. */
    static List<Vergelijkingsrenderer> alle() {
        return List.of(new VergelijkingTekst(), new VergelijkingMarkdown(), new VergelijkingHtml(), new VergelijkingJson());
    }

    static Optional<Vergelijkingsrenderer> metNaam(String naam) {
        String n = naam.trim().toLowerCase(Locale.ROOT);
        return alle().stream().filter(r -> r.naam().equals(n)).findFirst();
    }

    /** The format a file name asks for by its extension, if any. */
    static Optional<Vergelijkingsrenderer> voorBestand(String bestandsnaam) {
        int punt = bestandsnaam.lastIndexOf('.');
        String ext = punt < 0 ? "" : bestandsnaam.substring(punt + 1).toLowerCase(Locale.ROOT);
        return alle().stream().filter(r -> r.extensie().equals(ext)).findFirst();
    }

    static String namen() {
        return String.join(", ", alle().stream().map(Vergelijkingsrenderer::naam).toList());
    }
}
