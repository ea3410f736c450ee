package nl.galacheck.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container reports itself (an unknown address, a request refused before it reached a controller):
 * a short Dutch {@link Foutbericht}, never Spring's default page or a stack trace.
 */
@RestController
class Foutcontroller implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<Foutbericht> fout(HttpServletRequest verzoek) {
        Object code = verzoek.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String melding = switch (status) {
            case NOT_FOUND -> "niet gevonden; zie / voor de pagina en /api/docs voor de API";
            case CONTENT_TOO_LARGE -> "het verzoek is te groot";
            case BAD_REQUEST -> "het verzoek kan niet gelezen worden";
            case METHOD_NOT_ALLOWED -> "deze methode wordt hier niet ondersteund";
            case UNSUPPORTED_MEDIA_TYPE -> "verkeerd Content-Type";
            case UNAUTHORIZED -> "token ontbreekt of klopt niet";
            default -> status.is5xxServerError() ? "interne fout" : "het verzoek is niet uitgevoerd";
        };
        return Foutafhandeling.fout(status, melding);
    }
}
