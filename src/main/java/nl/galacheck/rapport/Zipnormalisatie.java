package nl.galacheck.rapport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes an Office file reproducible: the library stamps every zip entry and the document's creation date with
 * the clock; here both become the peildatum, so the same input gives the same bytes, as in every format.
 */
public final class Zipnormalisatie {

    private Zipnormalisatie() {
    }

    public static byte[] vast(byte[] zip, LocalDate peildatum) throws IOException {
        // read through the central directory (ZipFile): the library's data descriptors confuse ZipInputStream
        Path tijdelijk = Files.createTempFile("galacheck-", ".zip");
        try {
            Files.write(tijdelijk, zip);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            try (ZipFile in = new ZipFile(tijdelijk.toFile()); ZipOutputStream z = new ZipOutputStream(uit)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    byte[] inhoud;
                    try (InputStream s = in.getInputStream(e)) {
                        inhoud = s.readAllBytes();
                    }
                    if (e.getName().equals("docProps/core.xml")) {
                        inhoud = new String(inhoud, StandardCharsets.UTF_8)
                                .replaceAll("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", "$1" + peildatum + "T00:00:00Z$2")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry vast = new ZipEntry(e.getName());
                    vast.setTimeLocal(peildatum.atStartOfDay());
                    z.putNextEntry(vast);
                    z.write(inhoud);
                    z.closeEntry();
                }
            }
            return uit.toByteArray();
        } finally {
            Files.deleteIfExists(tijdelijk);
        }
    }
}
