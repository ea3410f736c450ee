package nl.galacheck.rapport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.TestRegels;
import nl.galacheck.invoer.RegioLader;
import nl.galacheck.invoer.Regiobestanden;
import nl.galacheck.regels.Regelset;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.toetsing.Selectie;
import nl.galacheck.toetsing.Tijdlijn;
import nl.galacheck.toetsing.Toetser;
import nl.galacheck.toetsing.Toetsing;

/** The shared scenario every renderer is tested on: the four example regions on one peildatum, built once. */
final class Voorbeeldrapport {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 11, 23);

    private static Rapport rapport;

    private Voorbeeldrapport() {
    }

    static synchronized Rapport rapport() {
        if (rapport == null) {
            List<Regiobestand> bestanden = new Regiobestanden(new RegioLader(RegioLader.STANDAARD_MAX_BYTES)).laad(List.of(Path.of("regions")));
            Regelset regels = TestRegels.regelset();
            Toetser toetser = new Toetser(regels);
            Toetsing toetsing = toetser.toets(bestanden, PEILDATUM);
            Map<String, Tijdlijn> tijdlijnen = new LinkedHashMap<>();
            bestanden.forEach(b -> tijdlijnen.put(b.regio().code(), toetser.tijdlijn(b, PEILDATUM)));
            Verantwoording v = new Verantwoording("0.1.0", regels.omschrijving(), regels.vingerafdruk(), PEILDATUM, bestanden.stream()
                    .map(b -> new Verantwoording.Invoer(b.regio().bestand(), Verantwoording.sha256(Path.of(b.regio().bestand())))).toList());
            rapport = new Rapport(toetsing, v, Selectie.ALLES, tijdlijnen, Weergave.STANDAARD);
        }
        return rapport;
    }

    static byte[] bytes(String formaat) {
        try {
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            Renderers.metNaam(formaat).orElseThrow().schrijf(rapport(), uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tekst(String formaat) {
        return new String(bytes(formaat), StandardCharsets.UTF_8);
    }
}
