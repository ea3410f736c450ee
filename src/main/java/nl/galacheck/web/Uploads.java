package nl.galacheck.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.multipart.MultipartFile;

import nl.galacheck.invoer.Regiotekst;

/**
 * Uploaded region files as {@link Regiotekst}: read into memory within the limits, never written to disk; each
 * named by its file name without any path (as the report and the error messages show it), unique per request.
 */
final class Uploads {

    /** Over the size limit: refused with 413 before anything is read further. */
    static final class TeGroot extends RuntimeException {
        TeGroot(String melding) {
            super(melding, null, false, false);
        }
    }

    private Uploads() {
    }

    /** A YAML request body, read up to {@code max} bytes. */
    static Regiotekst body(InputStream in, long lengte, String naam, long max) {
        if (lengte > max) {
            throw new TeGroot(teGroot(max));
        }
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new TeGroot(teGroot(max));
            }
            return new Regiotekst(naam(naam, "upload.yaml"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files of a form; empty file fields (a form sent without choosing a file) are skipped. */
    static List<Regiotekst> bestanden(List<MultipartFile> bestanden, List<String> teksten, List<String> namen, long max) {
        List<Regiotekst> uit = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (MultipartFile f : bestanden == null ? List.<MultipartFile>of() : bestanden) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            if (f.getSize() > max) {
                throw new TeGroot(teGroot(max));
            }
            try {
                uit.add(new Regiotekst(uniek(naam(f.getOriginalFilename(), "upload.yaml"), gezien), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> t = teksten == null ? List.of() : teksten;
        for (int i = 0; i < t.size(); i++) {
            String tekst = t.get(i);
            if (tekst == null || tekst.isBlank()) {
                continue;
            }
            byte[] bytes = tekst.replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (bytes.length > max) {
                throw new TeGroot(teGroot(max));
            }
            String gegeven = namen != null && i < namen.size() ? namen.get(i) : null;
            uit.add(new Regiotekst(uniek(naam(gegeven, "geplakt.yaml"), gezien), bytes));
        }
        return uit;
    }

    static String teGroot(long max) {
        return "het regiobestand is te groot: hoogstens " + leesbaar(max) + " per bestand";
    }

    static String leesbaar(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes % 1024 == 0 ? bytes / 1024 + " kB" : bytes + " bytes";
    }

    /** The file name without directories or control characters, at most 100 characters. */
    static String naam(String gegeven, String standaard) {
        if (gegeven == null) {
            return standaard;
        }
        String n = gegeven.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.length() > 100) {
            n = n.substring(n.length() - 100);
        }
        return n.isEmpty() || n.equals(".") || n.equals("..") ? standaard : n;
    }

    private static String uniek(String naam, Set<String> gezien) {
        String n = naam;
        for (int i = 2; !gezien.add(n); i++) {
            n = naam + " (" + i + ")";
        }
        return n;
    }
}
