package nl.galacheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

import nl.galacheck.invoer.OngeldigeInvoerException;
import nl.galacheck.invoer.Regiotekst;
import nl.galacheck.rapport.Renderer;
import nl.galacheck.rapport.Renderers;
import nl.galacheck.toetsdienst.Regiobronnen;
import nl.galacheck.toetsdienst.Toetsdienst;
import nl.galacheck.toetsdienst.Toetsopties;
import nl.galacheck.toetsing.Selectie;

/**
 * One check asked for through HTTP (the API or the page): the uploads, the peildatum (of this request only), the
 * format and the party; the same options and the same messages as {@code galacheck check}.
 */
record Toetsverzoek(List<Regiotekst> teksten, LocalDate peildatum, Renderer formaat, Selectie selectie) {

    /** A wrong parameter, in Dutch: 400. */
    static final class OngeldigVerzoek extends RuntimeException {
        OngeldigVerzoek(String melding) {
            super(melding, null, false, false);
        }
    }

    /** A rendered report: bytes, media type and a file name for a download. */
    record Antwoord(byte[] inhoud, MediaType type, String bestandsnaam, boolean binair, boolean verplichteTekorten) {
    }

    static Toetsverzoek van(List<Regiotekst> teksten, String peildatum, String formaat, String partij) {
        return new Toetsverzoek(teksten, peildatum(peildatum), formaat(formaat == null || formaat.isBlank() ? "json" : formaat),
                selectie(partij));
    }

    static LocalDate peildatum(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException e) {
            throw new OngeldigVerzoek("peildatum '" + kort(waarde) + "' is geen datum (verwacht: JJJJ-MM-DD, bijvoorbeeld 2026-11-29)");
        }
    }

    static Renderer formaat(String naam) {
        return Renderers.metNaam(naam).orElseThrow(() -> new OngeldigVerzoek("onbekend formaat '" + kort(naam) + "' (kies uit: " + Renderers.namen() + ")"));
    }

    static Selectie selectie(String partij) {
        if (partij == null || partij.isBlank()) {
            return Selectie.ALLES;
        }
        if (!Selectie.PARTIJEN.contains(partij)) {
            throw new OngeldigVerzoek("onbekende partij '" + kort(partij) + "' (kies uit: " + String.join(", ", Selectie.PARTIJEN) + ")");
        }
        return new Selectie(partij, null, null, null);
    }

    /** Reads, validates (every error of every upload: 400), judges and renders; runs inside the {@link Toetsrij}. */
    Antwoord voerUit(Toetsdienst dienst) {
        Toetsdienst.Ingelezen ingelezen = lees(dienst, teksten);
        Toetsdienst.Uitslag uitslag = dienst.toets(ingelezen, new Toetsopties(peildatum, selectie, null, List.of(formaat)));
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            formaat.schrijf(uitslag.rapport(), uit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Antwoord(uit.toByteArray(), mediatype(formaat), "galacheck-rapport." + formaat.extensie(), formaat.isBinair(),
                uitslag.geheel().heeftVerplichteTekorten());
    }

    /** As {@code valideer}: every upload valid, or all errors at once. */
    static Toetsdienst.Ingelezen lees(Toetsdienst dienst, List<Regiotekst> teksten) {
        Toetsdienst.Ingelezen ingelezen = dienst.lees(Regiobronnen.teksten(teksten));
        if (!ingelezen.lading().fouten().isEmpty()) {
            throw new OngeldigeInvoerException(ingelezen.lading().fouten());
        }
        return ingelezen;
    }

    static MediaType mediatype(Renderer r) {
        Optional<MediaType> t = MediaTypeFactory.getMediaType("rapport." + r.extensie());
        MediaType type = t.orElse(r.isBinair() ? MediaType.APPLICATION_OCTET_STREAM : MediaType.TEXT_PLAIN);
        if (r.extensie().equals("txt") || r.extensie().equals("md") || type.getType().equals("text")) {
            return new MediaType(type, java.nio.charset.StandardCharsets.UTF_8);
        }
        return type;
    }

    /** A value from a request, shortened for a message: never echo much of what a client sent. */
    static String kort(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
