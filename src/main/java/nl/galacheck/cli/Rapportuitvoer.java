package nl.galacheck.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.galacheck.rapport.Rapport;
import nl.galacheck.rapport.Renderer;
import nl.galacheck.rapport.Renderers;

/**
 * Where a check's report goes: which formats ({@code --formaat tekst,html} or, without it, the extension of
 * {@code --uit}), and to which files. One format goes to the terminal or to {@code --uit} as given; several
 * formats need {@code --uit NAAM} and each goes to {@code NAAM.<extensie>}.
 */
final class Rapportuitvoer {

    /** A wrong combination of options, in Dutch for the user. */
    static final class GebruiksFout extends Exception {
        GebruiksFout(String melding) {
            super(melding);
        }
    }

    private final Map<Renderer, Path> doelen;

    private Rapportuitvoer(Map<Renderer, Path> doelen) {
        this.doelen = doelen;
    }

    /** The renderers and their target files (null: the terminal). */
    static Rapportuitvoer kies(String formaat, Path uit) throws GebruiksFout {
        List<Renderer> renderers = new ArrayList<>();
        if (formaat == null) {
            renderers.add(uit == null ? Renderers.metNaam("tekst").orElseThrow()
                    : Renderers.voorBestand(uit.getFileName().toString()).orElse(Renderers.metNaam("tekst").orElseThrow()));
        } else {
            for (String naam : formaat.split(",")) {
                Renderer r = Renderers.metNaam(naam).orElseThrow(() -> new GebruiksFout(
                        "onbekend formaat '" + naam.trim() + "' (kies uit: " + Renderers.namen() + ")"));
                if (!renderers.contains(r)) {
                    renderers.add(r);
                }
            }
        }
        Map<Renderer, Path> doelen = new LinkedHashMap<>();
        if (renderers.size() == 1) {
            Renderer r = renderers.get(0);
            if (uit == null && r.isBinair()) {
                throw new GebruiksFout("het formaat " + r.naam() + " is binair en gaat niet naar het scherm: geef --uit rapport." + r.extensie());
            }
            doelen.put(r, uit);
            return new Rapportuitvoer(doelen);
        }
        if (uit == null) {
            throw new GebruiksFout("meerdere formaten (" + formaat + ") vragen --uit NAAM; galacheck schrijft dan NAAM.<extensie> per formaat");
        }
        String naam = uit.getFileName().toString();
        Optional<Renderer> metExtensie = Renderers.voorBestand(naam);
        String basis = metExtensie.isPresent() ? naam.substring(0, naam.length() - metExtensie.get().extensie().length() - 1) : naam;
        for (Renderer r : renderers) {
            doelen.put(r, uit.resolveSibling(basis + "." + r.extensie()));
        }
        return new Rapportuitvoer(doelen);
    }

    List<Renderer> renderers() {
        return List.copyOf(doelen.keySet());
    }

    /** The files that will be written. */
    List<Path> bestanden() {
        return doelen.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    boolean metTijdlijn() {
        return doelen.keySet().stream().anyMatch(Renderer::toontTijdlijn);
    }

    /** Writes every report; the terminal one through {@code scherm}. */
    void schrijf(Rapport rapport, PrintWriter scherm) throws IOException {
        for (Map.Entry<Renderer, Path> e : doelen.entrySet()) {
            if (e.getValue() == null) {
                scherm.flush();
                // standard output takes the renderer's bytes as they are; another writer (tests) gets them decoded
                try (OutputStream uit = scherm == Console.UIT ? new BufferedOutputStream(Console.UIT_BYTES, 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                } : new Tekenstroom(scherm)) {
                    e.getKey().schrijf(rapport, uit);
                }
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(e.getValue()))) {
                    e.getKey().schrijf(rapport.zonderKleur(), out);
                }
            }
        }
    }
}
