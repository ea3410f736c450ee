package nl.galacheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import nl.galacheck.invoer.Invoerfout;
import nl.galacheck.invoer.OngeldigeInvoerException;
import nl.galacheck.invoer.Regiotekst;
import nl.galacheck.rapport.Rapport;
import nl.galacheck.rapport.Renderer;
import nl.galacheck.rapport.Renderers;
import nl.galacheck.overzicht.Filter;
import nl.galacheck.overzicht.OverzichtBouwer;
import nl.galacheck.rapport.html.Pagina;
import nl.galacheck.rapport.overzicht.Overzichtformaat;
import nl.galacheck.toetsdienst.Toetsdienst;
import nl.galacheck.toetsdienst.Toetsopties;
import nl.galacheck.toetsing.Bevinding;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Selectie;
import nl.galacheck.toetsing.Status;

/**
 * The page for people who never open a terminal: upload or paste region files, choose a peildatum and a party,
 * read the report, download it. Plain HTML forms, no JavaScript; nothing is stored: a download sends the texts again.
 */
@Controller
class PaginaController {

    private static final String PAGINA = "web/pagina";

    private final Toetsdienst dienst;
    private final Toetsrij rij;
    private final Webinstellingen instellingen;

    PaginaController(Toetsdienst dienst, Toetsrij rij, Webinstellingen instellingen) {
        this.dienst = dienst;
        this.rij = rij;
        this.instellingen = instellingen;
    }

    @GetMapping("/")
    String pagina(Model model) {
        model.addAttribute("p", leeg(LocalDate.now().toString(), "", null));
        return PAGINA;
    }

    @PostMapping(path = "/toetsing", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String toets(@RequestParam(name = "bestand", required = false) List<MultipartFile> bestanden,
                 @RequestParam(required = false) String peildatum, @RequestParam(required = false) String partij,
                 HttpServletRequest http, Model model, HttpServletResponse antwoord) {
        List<String> teksten = waarden(http, "tekst");
        List<String> namen = waarden(http, "naam");
        String datum = peildatum == null || peildatum.isBlank() ? LocalDate.now().toString() : peildatum.strip();
        String p = partij == null ? "" : partij;
        List<Regiotekst> uploads;
        Toetsverzoek verzoek;
        try {
            uploads = Uploads.bestanden(bestanden, teksten, namen, instellingen.maxBestand());
            // the page shows the HTML report (its templates, its timeline); the text report where there is none
            verzoek = new Toetsverzoek(uploads, Toetsverzoek.peildatum(datum), Renderers.metNaam("html").or(() -> Renderers.metNaam("tekst")).orElseThrow(),
                    Toetsverzoek.selectie(p));
        } catch (Uploads.TeGroot e) {
            antwoord.setStatus(413);
            model.addAttribute("p", leeg(datum, p, e.getMessage()));
            return PAGINA;
        } catch (Toetsverzoek.OngeldigVerzoek e) {
            antwoord.setStatus(400);
            model.addAttribute("p", leeg(datum, p, e.getMessage()));
            return PAGINA;
        }
        if (uploads.isEmpty()) {
            antwoord.setStatus(400);
            model.addAttribute("p", leeg(datum, p, "Kies een regiobestand of plak de tekst van een regiobestand."));
            return PAGINA;
        }
        try {
            model.addAttribute("p", rij.voerUit(() -> uitslag(verzoek, datum, p)));
        } catch (OngeldigeInvoerException e) {
            antwoord.setStatus(400);
            model.addAttribute("p", metFouten(uploads, e.fouten(), datum, p));
        } catch (Toetsrij.Vol e) {
            antwoord.setStatus(503);
            antwoord.setHeader(HttpHeaders.RETRY_AFTER, "5");
            model.addAttribute("p", leeg(datum, p, e.getMessage()));
        }
        return PAGINA;
    }

    /** The download buttons: the same texts sent again, the report in the chosen format as a file. */
    @PostMapping(path = "/download", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    ResponseEntity<byte[]> download(@RequestParam(required = false) String peildatum, @RequestParam(required = false) String partij,
                                    @RequestParam String formaat, HttpServletRequest http) {
        Toetsverzoek verzoek = Toetsverzoek.van(Uploads.bestanden(null, waarden(http, "tekst"), waarden(http, "naam"), instellingen.maxBestand()),
                peildatum, formaat, partij);
        Toetsverzoek.Antwoord a = rij.voerUit(() -> verzoek.voerUit(dienst));
        return ResponseEntity.ok().contentType(a.type())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(a.bestandsnaam()).build().toString())
                .body(a.inhoud());
    }

    /**
     * The overview of several regions (region × criterion matrix, national totals), as HTML to read in the browser or
     * as xlsx. Its sorting script is inline, so this answer's CSP allows exactly that script by its hash.
     */
    @PostMapping(path = "/overzicht", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    ResponseEntity<byte[]> overzicht(@RequestParam(required = false) String peildatum, @RequestParam(required = false) String partij,
                                     @RequestParam(required = false) String formaat, HttpServletRequest http, HttpServletResponse antwoord) {
        Toetsverzoek verzoek = Toetsverzoek.van(Uploads.bestanden(null, waarden(http, "tekst"), waarden(http, "naam"), instellingen.maxBestand()),
                peildatum, "json", partij);
        Overzichtformaat vorm = "xlsx".equals(formaat) ? Overzichtformaat.XLSX : Overzichtformaat.HTML;
        byte[] inhoud = rij.voerUit(() -> {
            Toetsdienst.Ingelezen ingelezen = Toetsverzoek.lees(dienst, verzoek.teksten());
            Toetsdienst.Uitslag uitslag = dienst.toets(ingelezen, new Toetsopties(verzoek.peildatum(), Selectie.ALLES, null, List.of()));
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            vorm.renderer(false).schrijf(OverzichtBouwer.bouw(uitslag.geheel(), new Filter(verzoek.selectie().partij(), null, null), List.of()), uit);
            return uit.toByteArray();
        });
        if (vorm == Overzichtformaat.XLSX) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("galacheck-overzicht.xlsx").build().toString())
                    .body(inhoud);
        }
        antwoord.setHeader("Content-Security-Policy", Beveiligingsfilter.metScripts(new String(inhoud, StandardCharsets.UTF_8)));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(inhoud);
    }

    /** Every value of a form field as sent: Spring's binding to a list would split a single value at its commas. */
    private static List<String> waarden(HttpServletRequest verzoek, String veld) {
        String[] w = verzoek.getParameterValues(veld);
        return w == null ? List.of() : List.of(w);
    }

    private Webpagina uitslag(Toetsverzoek verzoek, String datum, String partij) {
        Toetsdienst.Ingelezen ingelezen = Toetsverzoek.lees(dienst, verzoek.teksten());
        Toetsdienst.Uitslag uitslag = dienst.toets(ingelezen, new Toetsopties(verzoek.peildatum(), verzoek.selectie(), null,
                List.of(verzoek.formaat())));
        List<Webpagina.Regio> regios = new ArrayList<>();
        for (RegioToetsing r : uitslag.geheel().regios()) {
            Bevinding b0 = r.oordeelInfrastructuur().orElse(null);
            Map<Status, Long> telling = new LinkedHashMap<>();
            for (Status s : Status.values()) {
                telling.put(s, r.telling().getOrDefault(s, 0L));
            }
            regios.add(new Webpagina.Regio(r.regio().naam(), r.regio().code(), r.regio().bestand(), b0 == null ? null : b0.status(),
                    b0 == null ? "" : b0.status().label(), telling));
        }
        List<Webpagina.Upload> uploads = verzoek.teksten().stream().map(t -> upload(t, List.of())).toList();
        boolean html = verzoek.formaat().naam().equals("html");
        return new Webpagina(datum, partij, partijen(), null, uploads, regios, html ? Pagina.van(uitslag.rapport().zonderKleur()) : null,
                html ? null : rapport(uitslag.rapport(), verzoek.formaat()), formaten(), List.of());
    }

    /** The text report, for the page when there is no HTML renderer. */
    private static String rapport(Rapport rapport, Renderer tekst) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            tekst.schrijf(rapport.zonderKleur(), uit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString(StandardCharsets.UTF_8);
    }

    private Webpagina metFouten(List<Regiotekst> teksten, List<Invoerfout> fouten, String datum, String partij) {
        List<Webpagina.Upload> uploads = teksten.stream()
                .map(t -> upload(t, fouten.stream().filter(f -> f.bestand().equals(t.naam())).toList())).toList();
        List<String> overig = fouten.stream().filter(f -> teksten.stream().noneMatch(t -> t.naam().equals(f.bestand())) || f.regel() <= 0)
                .map(Invoerfout::tekst).toList();
        return new Webpagina(datum, partij, partijen(), fouten.size() + " fout(en); er is niets getoetst. Elke fout staat bij zijn regel.",
                uploads, List.of(), null, null, formaten(), overig);
    }

    /** An upload line by line, each error at its line; an error without a line goes above the text. */
    private static Webpagina.Upload upload(Regiotekst t, List<Invoerfout> fouten) {
        String tekst = new String(t.inhoud(), StandardCharsets.UTF_8);
        String[] lijnen = tekst.split("\n", -1);
        List<Webpagina.Regel> regels = new ArrayList<>();
        for (int i = 0; i < lijnen.length; i++) {
            int nummer = i + 1;
            if (i == lijnen.length - 1 && lijnen[i].isEmpty()) {
                break;
            }
            regels.add(new Webpagina.Regel(nummer, lijnen[i].replace("\r", ""), fouten.stream().filter(f -> f.regel() == nummer)
                    .map(f -> (f.pad() == null || f.pad().isEmpty() ? "" : f.pad() + ": ") + f.melding()
                            + (f.verwacht() == null ? "" : " (verwacht: " + f.verwacht() + (f.gevonden() == null ? "" : "; gevonden: " + f.gevonden()) + ")"))
                    .toList()));
        }
        return new Webpagina.Upload(t.naam(), tekst, regels, fouten.size());
    }

    private static Webpagina leeg(String datum, String partij, String melding) {
        return new Webpagina(datum, partij, partijen(), melding, List.of(), List.of(), null, null, formaten(), List.of());
    }

    private static List<String> partijen() {
        return List.copyOf(Selectie.PARTIJEN);
    }

    private static List<Webpagina.Formaat> formaten() {
        return Renderers.alle().stream().map(r -> new Webpagina.Formaat(r.naam(), r.naam().toUpperCase() + " (." + r.extensie() + ")")).toList();
    }
}
