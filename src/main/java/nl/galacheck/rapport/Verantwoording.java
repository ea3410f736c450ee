package nl.galacheck.rapport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Where a report comes from, printed in every format: galacheck's version, the rule set and its SHA-256,
 * each input file's SHA-256 and the peildatum. No clock time: the same input gives the same bytes.
 *
 * @param regels       "ingebouwde regels" or the directory given with {@code --regels}
 * @param regelsSha256 over every file of the rule set (path and content)
 */
public record Verantwoording(String versie, String regels, String regelsSha256, LocalDate peildatum, List<Invoer> invoer) {

    /** One input file as the report names it, and the SHA-256 of its bytes. */
    public record Invoer(String bestand, String sha256) {
    }

    public Verantwoording {
        invoer = List.copyOf(invoer);
    }

    /** galacheck's version, as the build wrote it into the jar. */
    public static String galacheckVersie() {
        try (InputStream in = Verantwoording.class.getResourceAsStream("/galacheck-versie.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("versie", "onbekend");
        } catch (IOException e) {
            return "onbekend";
        }
    }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path bestand) {
        try {
            return sha256(Files.readAllBytes(bestand));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of bytes that are no file (an upload), in hex. */
    public static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
