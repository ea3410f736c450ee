package nl.galacheck.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;

import nl.galacheck.TestRegels;

/** A real server on a free loopback port for the web tests, and a small HTTP client for it (the JDK's). */
final class Testserver implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final URI basis;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Testserver(Webinstellingen instellingen) {
        this.context = Webserver.start(instellingen);
        String host = instellingen.adres().isAnyLocalAddress() ? "127.0.0.1" : instellingen.adres().getHostAddress();
        this.basis = URI.create("http://" + host + ":" + context.getEnvironment().getProperty("local.server.port") + "/");
    }

    static Testserver lokaal() {
        return new Testserver(instellingen(InetAddress.getLoopbackAddress(), null));
    }

    static Webinstellingen instellingen(InetAddress adres, String token) {
        return Webinstellingen.standaard(adres, 0, token, TestRegels.regelset(), 64 * 1024);
    }

    HttpResponse<String> get(String pad) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(basis.resolve(pad)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String pad, String contentType, byte[] body) throws IOException, InterruptedException {
        // Expect: 100-continue, as curl sends for a large body: a refusal (413) comes before the body is sent
        return client.send(HttpRequest.newBuilder(basis.resolve(pad)).timeout(Duration.ofSeconds(60)).expectContinue(true).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postYaml(String pad, String yaml) throws IOException, InterruptedException {
        return post(pad, "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** A multipart/form-data body: files in the field 'bestand' (name, bytes), then plain fields. */
    static Multipart multipart() {
        return new Multipart();
    }

    static final class Multipart {
        final String grens = "galacheck-" + UUID.randomUUID();
        private final java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream();

        Multipart bestand(String naam, byte[] inhoud) {
            schrijf("--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"" + naam
                    + "\"\r\nContent-Type: application/yaml\r\n\r\n");
            uit.writeBytes(inhoud);
            schrijf("\r\n");
            return this;
        }

        Multipart veld(String naam, String waarde) {
            schrijf("--" + grens + "\r\nContent-Disposition: form-data; name=\"" + naam + "\"\r\n\r\n" + waarde + "\r\n");
            return this;
        }

        String type() {
            return "multipart/form-data; boundary=" + grens;
        }

        byte[] bytes() {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            b.writeBytes(uit.toByteArray());
            b.writeBytes(("--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return b.toByteArray();
        }

        private void schrijf(String s) {
            uit.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    static byte[] regio(String naam) throws IOException {
        return Files.readAllBytes(Path.of("regions", naam));
    }

    static final List<String> VOORBEELDEN = List.of("vb-noord.yaml", "vb-oost.yaml", "vb-west.yaml", "vb-zuid.yaml");

    @Override
    public void close() {
        context.close();
    }
}
