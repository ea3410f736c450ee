package nl.galacheck.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import nl.galacheck.invoer.RegioLader;
import nl.galacheck.invoer.Regiobestanden;
import nl.galacheck.toetsdienst.Toetsdienst;

/** The web context: this package only, and the one {@link Toetsdienst} every request shares. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = Webconfiguratie.class)
class Webconfiguratie {

    /** The rules were compiled before the server started; every request shares them, read-only. */
    @Bean
    Toetsdienst toetsdienst(Webinstellingen instellingen) {
        return new Toetsdienst(new Regiobestanden(new RegioLader(instellingen.maxBestand())), instellingen::regelset);
    }

    /** The title and version of the OpenAPI description (/api/openapi, browsable at /api/docs). */
    @Bean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info().title("galacheck API").version(nl.galacheck.rapport.Verantwoording.galacheckVersie())
                .description("Regiobestanden toetsen aan het Gezond en Actief Leven Akkoord (GALA): dezelfde toetsing als `galacheck check`, "
                        + "via HTTP. Uploads worden niet bewaard; regels kunnen niet worden geüpload."));
    }
}
