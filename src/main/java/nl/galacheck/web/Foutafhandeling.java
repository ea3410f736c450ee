package nl.galacheck.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import nl.galacheck.invoer.OngeldigeInvoerException;

/**
 * Every expected failure of the API (and of the page's downloads) as a {@link Foutbericht} with its status; anything else
 * a 500 without details. The page's own form answers its errors on the page itself.
 */
@RestControllerAdvice(assignableTypes = {ApiController.class, PaginaController.class})
class Foutafhandeling {

    private static final Logger LOG = LoggerFactory.getLogger(Foutafhandeling.class);

    private final Webinstellingen instellingen;

    Foutafhandeling(Webinstellingen instellingen) {
        this.instellingen = instellingen;
    }

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<Foutbericht> ongeldigeInvoer(OngeldigeInvoerException e) {
        return antwoord(HttpStatus.BAD_REQUEST, Foutbericht.invoer(e.fouten()));
    }

    @ExceptionHandler(Toetsverzoek.OngeldigVerzoek.class)
    ResponseEntity<Foutbericht> ongeldigVerzoek(Toetsverzoek.OngeldigVerzoek e) {
        return fout(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Foutbericht> ontbreekt(Exception e) {
        return fout(HttpStatus.BAD_REQUEST, "geen regiobestand ontvangen: stuur YAML als body (Content-Type: application/yaml) "
                + "of een of meer bestanden als multipart/form-data in het veld 'bestand'");
    }

    @ExceptionHandler({Uploads.TeGroot.class, MaxUploadSizeExceededException.class})
    ResponseEntity<Foutbericht> teGroot(Exception e) {
        return fout(HttpStatus.CONTENT_TOO_LARGE, e instanceof Uploads.TeGroot ? e.getMessage()
                : "het verzoek is te groot: hoogstens " + Uploads.leesbaar(instellingen.maxBestand()) + " per bestand en "
                + Uploads.leesbaar(instellingen.maxVerzoek()) + " per verzoek");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Foutbericht> multipart(MultipartException e) {
        if (e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("exceed")) {
            return teGroot(e);
        }
        return fout(HttpStatus.BAD_REQUEST, "het formulier (multipart/form-data) kan niet gelezen worden");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Foutbericht> verkeerdType(HttpMediaTypeNotSupportedException e) {
        return fout(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "verkeerd Content-Type" + (e.getContentType() == null ? "" : " '" + e.getContentType() + "'")
                + ": stuur YAML (application/yaml, text/yaml of text/plain) of multipart/form-data met het veld 'bestand'");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Foutbericht> nietAanvaardbaar(HttpMediaTypeNotAcceptableException e) {
        return fout(HttpStatus.NOT_ACCEPTABLE, "dit antwoord is er alleen als JSON of in het gevraagde formaat (parameter formaat)");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Foutbericht> verkeerdeMethode(HttpRequestMethodNotSupportedException e) {
        return fout(HttpStatus.METHOD_NOT_ALLOWED, "methode " + e.getMethod() + " wordt hier niet ondersteund");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Foutbericht> nietGevonden(NoResourceFoundException e) {
        return fout(HttpStatus.NOT_FOUND, "niet gevonden");
    }

    @ExceptionHandler(Toetsrij.Vol.class)
    ResponseEntity<Foutbericht> vol(Toetsrij.Vol e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(MediaType.APPLICATION_JSON).body(new Foutbericht(503, e.getMessage(), null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Foutbericht> intern(Exception e) {
        // the class only: a message may quote the upload
        LOG.error("interne fout: {}", e.getClass().getName());
        return fout(HttpStatus.INTERNAL_SERVER_ERROR, "interne fout; meld dit met de invoer die het veroorzaakte");
    }

    static ResponseEntity<Foutbericht> fout(HttpStatus status, String melding) {
        return antwoord(status, new Foutbericht(status.value(), melding, null));
    }

    private static ResponseEntity<Foutbericht> antwoord(HttpStatus status, Foutbericht bericht) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(bericht);
    }
}
