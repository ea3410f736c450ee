package nl.galacheck.web;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the web page and REST API of {@code galacheck serve}: its own Spring Boot web context, so the command
 * line (which starts none) pays nothing for it. Configured in code, not by a properties file on the class path,
 * so nothing outside this package changes how the server is bound.
 */
public final class Webserver {

    private Webserver() {
    }

    /** Starts the server, says where it listens on {@code uit}, and returns when it has stopped (Ctrl-C). */
    public static void draai(Webinstellingen instellingen, PrintWriter uit) throws InterruptedException {
        ConfigurableApplicationContext context = start(instellingen);
        CountDownLatch gestopt = new CountDownLatch(1);
        context.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                gestopt.countDown();
            }
        });
        String poort = context.getEnvironment().getProperty("local.server.port", String.valueOf(instellingen.poort()));
        String adres = instellingen.adres().getHostAddress();
        String host = adres.contains(":") ? "[" + adres + "]" : adres;
        uit.printf("galacheck serve: http://%s:%s/ (API: /api/docs)%s; Ctrl-C stopt de server.%n", host, poort,
                instellingen.token() == null ? "" : ", met token");
        uit.flush();
        gestopt.await();
    }

    /** Starts the server and returns once it listens; {@link ConfigurableApplicationContext#close()} stops it. */
    public static ConfigurableApplicationContext start(Webinstellingen instellingen) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("server.address", instellingen.adres().getHostAddress());
        p.put("server.port", instellingen.poort());
        // uploads: limits per file and per request; over them the request is refused with 413 (Foutafhandeling)
        p.put("spring.servlet.multipart.max-file-size", instellingen.maxBestand());
        p.put("spring.servlet.multipart.max-request-size", instellingen.maxVerzoek());
        // parsed when a controller asks for the parts, so a refusal is answered by that controller's handling
        p.put("spring.servlet.multipart.resolve-lazily", true);
        p.put("spring.servlet.multipart.file-size-threshold", instellingen.maxVerzoek() + 1); // kept in memory, never on disk
        p.put("server.tomcat.max-swallow-size", 2 * instellingen.maxVerzoek());
        p.put("server.tomcat.max-http-form-post-size", instellingen.maxVerzoek());
        p.put("server.tomcat.max-part-count", 50);
        p.put("server.tomcat.connection-timeout", "20s");
        p.put("server.tomcat.threads.max", 64);
        p.put("server.tomcat.accept-count", 100);
        p.put("server.max-http-request-header-size", "16KB");
        p.put("server.error.include-stacktrace", "never");
        p.put("server.error.include-message", "never");
        p.put("server.error.whitelabel.enabled", false);
        p.put("server.servlet.session.persistent", false);
        p.put("spring.mvc.problemdetails.enabled", false);
        p.put("spring.jackson.serialization.indent-output", false);
        // the page's templates are compiled at build time (jte-maven-plugin)
        p.put("gg.jte.use-precompiled-templates", true);
        p.put("springdoc.api-docs.path", "/api/openapi");
        p.put("springdoc.swagger-ui.path", "/api/docs");
        p.put("springdoc.swagger-ui.try-it-out-enabled", true);
        p.put("springdoc.paths-to-match", "/api/**");
        p.put("logging.level.root", "WARN");
        p.put("logging.level.nl.galacheck", "INFO");
        return new SpringApplicationBuilder(Webconfiguratie.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(p)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("webinstellingen", instellingen))
                .run();
    }
}
