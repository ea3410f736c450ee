package nl.galacheck.web;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.galacheck.invoer.RegioSchema;
import nl.galacheck.invoer.Regiotekst;
import nl.galacheck.rapport.Verantwoording;
import nl.galacheck.regio.Regiobestand;
import nl.galacheck.toetsdienst.Toetsdienst;

/**
 * The REST API: the same as the command line through HTTP ({@code check}, {@code valideer}, {@code criteria},
 * {@code uitleg}, {@code schema}). Uploads are read into memory and never stored; rules cannot be uploaded.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "galacheck", description = "Regiobestanden toetsen aan het Gezond en Actief Leven Akkoord (GALA)")
class ApiController {

    static final String[] YAML = {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"};

    private final Toetsdienst dienst;
    private final Toetsrij rij;
    private final Webinstellingen instellingen;

    ApiController(Toetsdienst dienst, Toetsrij rij, Webinstellingen instellingen) {
        this.dienst = dienst;
        this.rij = rij;
        this.instellingen = instellingen;
    }

    @Operation(summary = "Toets één regiobestand (YAML in de body)",
            description = "Geeft het rapport in het gevraagde formaat (standaard json). Ongeldige invoer: 400 met elke fout als bestand:regel:kolom.")
    @PostMapping(path = "/toetsing", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"})
    ResponseEntity<byte[]> toetsYaml(InputStream body, @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, required = false) Long lengte,
                                     @Parameter(description = "naam van het bestand in het rapport") @RequestParam(required = false) String naam,
                                     @Parameter(description = "JJJJ-MM-DD; standaard vandaag") @RequestParam(required = false) String peildatum,
                                     @Parameter(description = "json (standaard), tekst, html, xlsx, …") @RequestParam(required = false) String formaat,
                                     @Parameter(description = "alleen de bevindingen van deze partij") @RequestParam(required = false) String partij) {
        Regiotekst tekst = Uploads.body(body, lengte == null ? -1 : lengte, naam, instellingen.maxBestand());
        return toets(List.of(tekst), peildatum, formaat, partij);
    }

    @Operation(summary = "Toets een of meer regiobestanden (multipart/form-data, veld 'bestand')")
    @PostMapping(path = "/toetsing", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<byte[]> toetsBestanden(@RequestPart("bestand") List<MultipartFile> bestand,
                                          @RequestParam(required = false) String peildatum,
                                          @RequestParam(required = false) String formaat,
                                          @RequestParam(required = false) String partij) {
        return toets(Uploads.bestanden(bestand, null, null, instellingen.maxBestand()), peildatum, formaat, partij);
    }

    private ResponseEntity<byte[]> toets(List<Regiotekst> teksten, String peildatum, String formaat, String partij) {
        Toetsverzoek verzoek = Toetsverzoek.van(teksten, peildatum, formaat, partij);
        Toetsverzoek.Antwoord a = rij.voerUit(() -> verzoek.voerUit(dienst));
        return ResponseEntity.ok().contentType(a.type())
                .header(HttpHeaders.CONTENT_DISPOSITION, (a.binair() ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(a.bestandsnaam()).build().toString())
                .header("X-Galacheck-Verplichte-Tekorten", String.valueOf(a.verplichteTekorten()))
                .body(a.inhoud());
    }

    /** A valid upload, as {@code valideer} names it. */
    record Geldig(String bestand, String code, String naam, int gemeenten, String sha256) {
    }

    /** The answer of a validation that passed. */
    record Validatie(boolean geldig, List<Geldig> bestanden) {
    }

    @Operation(summary = "Controleer regiobestanden op het formaat, zonder te toetsen (YAML in de body)",
            description = "200 als alles geldig is; anders 400 met elke fout zoals `galacheck valideer` ze meldt.")
    @PostMapping(path = "/validatie", consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"})
    Validatie valideerYaml(InputStream body, @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, required = false) Long lengte,
                           @RequestParam(required = false) String naam) {
        return valideer(List.of(Uploads.body(body, lengte == null ? -1 : lengte, naam, instellingen.maxBestand())));
    }

    @Operation(summary = "Controleer regiobestanden op het formaat (multipart/form-data, veld 'bestand')")
    @PostMapping(path = "/validatie", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Validatie valideerBestanden(@RequestPart("bestand") List<MultipartFile> bestand) {
        return valideer(Uploads.bestanden(bestand, null, null, instellingen.maxBestand()));
    }

    private Validatie valideer(List<Regiotekst> teksten) {
        Toetsdienst.Ingelezen ingelezen = rij.voerUit(() -> Toetsverzoek.lees(dienst, teksten));
        List<Geldig> geldig = new java.util.ArrayList<>();
        for (int i = 0; i < ingelezen.bestanden().size(); i++) {
            Regiobestand b = ingelezen.bestanden().get(i);
            geldig.add(new Geldig(b.regio().bestand(), b.regio().code(), b.regio().naam(), b.gemeenten().size(), ingelezen.herkomst().get(i).sha256()));
        }
        return new Validatie(true, geldig);
    }

    @Operation(summary = "De criteriacatalogus: id, titel, groep, ernst, partij en termijn")
    @GetMapping(path = "/criteria", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Criteriumbeschrijving.Kort> criteria() {
        return dienst.regelset().catalogus().criteria().stream().map(Criteriumbeschrijving.Kort::van).toList();
    }

    @Operation(summary = "Eén criterium: brontekst met vindplaats, partij, termijn, wat als bewijs voldoet en wat er nodig is")
    @GetMapping(path = "/criteria/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> criterium(@PathVariable String id) {
        return dienst.regelset().catalogus().criterium(id)
                .<ResponseEntity<?>>map(c -> ResponseEntity.ok(Criteriumbeschrijving.van(c, dienst.regelset().catalogus())))
                .orElseGet(() -> Foutafhandeling.fout(org.springframework.http.HttpStatus.NOT_FOUND,
                        "onbekend criterium '" + Toetsverzoek.kort(id) + "' (zie GET /api/criteria)"));
    }

    @Operation(summary = "Het JSON Schema van het regiobestand")
    @GetMapping(path = "/schema", produces = "application/schema+json")
    String schema() {
        return RegioSchema.tekst();
    }

    @Operation(summary = "Gezondheid: de server draait, met versie en de regels waarmee hij toetst")
    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> health() {
        return Map.of("status", "UP", "versie", Verantwoording.galacheckVersie(), "regels", dienst.regelset().omschrijving(),
                "regelsSha256", dienst.regelset().vingerafdruk(), "peildatumStandaard", LocalDate.now().toString());
    }
}
