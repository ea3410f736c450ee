package nl.galacheck.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Standard output and error as UTF-8 writers, whatever the platform's default charset. */
final class Console {

    /** Standard output as bytes, for reports: they are UTF-8 already, decoding them for {@link #UIT} only costs time. */
    static final OutputStream UIT_BYTES = new FileOutputStream(FileDescriptor.out);
    static final PrintWriter UIT = new PrintWriter(new OutputStreamWriter(UIT_BYTES, StandardCharsets.UTF_8), true);
    static final PrintWriter FOUT = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);

    private Console() {
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (no-color.org). */
    static boolean kleur() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
