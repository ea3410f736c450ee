package nl.galacheck.rapport;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One report format. Renderers only present: statuses, counts, verdicts, the to-do list and the timeline
 * come from the model ({@link Rapport}). Found by name or file extension through {@link Renderers}.
 */
public interface Renderer {

    /** The name on the command line: {@code --formaat NAAM}. */
    String naam();

    /** The file extension, without the dot; {@code --uit rapport.EXT} without {@code --formaat} picks this renderer. */
    String extensie();

    /** A binary format (a spreadsheet) is only written to a file, never to a terminal. */
    default boolean isBinair() {
        return false;
    }

    /** Whether this format shows the timeline (which costs a replay of every file per month). */
    default boolean toontTijdlijn() {
        return false;
    }

    /** Writes the report; does not close {@code uit}. */
    void schrijf(Rapport rapport, OutputStream uit) throws IOException;
}
