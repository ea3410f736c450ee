package nl.galacheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API over a real loopback port: valid, invalid, oversized, hostile and mistyped uploads, the token, the headers. */
class WebserverTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Testserver server;

    @BeforeAll
    static void start() {
        server = Testserver.lokaal();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void eenGeldigRegiobestandGeeftHetRapportAlsJson() throws Exception {
        HttpResponse<String> a = server.post("api/toetsing?peildatum=2026-11-29&naam=oost.yaml", "application/yaml", Testserver.regio("vb-oost.yaml"));
        assertEquals(200, a.statusCode(), a.body());
        assertTrue(a.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode r = JSON.readTree(a.body());
        assertEquals("2026-11-29", r.get("peildatum").asString());
        assertEquals("VB-OOST", r.get("regios").get(0).get("code").asString());
        assertEquals("oost.yaml", r.get("regios").get(0).get("bestand").asString());
        assertEquals("true", a.headers().firstValue("X-Galacheck-Verplichte-Tekorten").orElseThrow());
    }

    @Test
    void meerdereBestandenAlsFormulierEnHetTekstformaat() throws Exception {
        Testserver.Multipart m = Testserver.multipart().bestand("noord.yaml", Testserver.regio("vb-noord.yaml"))
                .bestand("zuid.yaml", Testserver.regio("vb-zuid.yaml")).veld("peildatum", "2026-11-29").veld("formaat", "tekst");
        HttpResponse<String> a = server.post("api/toetsing", m.type(), m.bytes());
        assertEquals(200, a.statusCode(), a.body());
        assertTrue(a.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertTrue(a.body().contains("VB-NOORD") && a.body().contains("VB-ZUID"), a.body());
    }

    @Test
    void ongeldigeInvoerGeeft400MetDeFoutenVanValideerBijHunRegel() throws Exception {
        String yaml = new String(Testserver.regio("vb-noord.yaml"), StandardCharsets.UTF_8) + "mandat: ja\n";
        int regel = (int) yaml.lines().count();
        HttpResponse<String> a = server.postYaml("api/toetsing?naam=kapot.yaml", yaml);
        assertEquals(400, a.statusCode(), a.body());
        JsonNode fout = JSON.readTree(a.body());
        String eerste = fout.get("fouten").get(0).asString();
        assertTrue(eerste.startsWith("kapot.yaml:" + regel + ":") && eerste.contains("onbekende sleutel 'mandat'"), eerste);
        assertTrue(fout.get("melding").asString().contains("er is niets getoetst"));
        assertFalse(a.body().contains("Exception") || a.body().contains("\tat "), a.body());
        HttpResponse<String> v = server.postYaml("api/validatie?naam=kapot.yaml", yaml);
        assertEquals(400, v.statusCode());
        assertEquals(a.body().replace("er is niets getoetst", ""), v.body().replace("er is niets getoetst", ""));
    }

    @Test
    void eenGeldigBestandValiderenNoemtRegioEnGemeenten() throws Exception {
        HttpResponse<String> a = server.post("api/validatie?naam=west.yaml", "text/yaml", Testserver.regio("vb-west.yaml"));
        assertEquals(200, a.statusCode(), a.body());
        JsonNode r = JSON.readTree(a.body());
        assertTrue(r.get("geldig").asBoolean());
        assertEquals("VB-WEST", r.get("bestanden").get(0).get("code").asString());
    }

    @Test
    void teGrootGeeft413MetEenNederlandseMelding() throws Exception {
        byte[] groot = ("# " + "x".repeat(70 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> a = server.post("api/toetsing", "application/yaml", groot);
        assertEquals(413, a.statusCode(), a.body());
        assertTrue(a.body().contains("te groot: hoogstens 64 kB per bestand"), a.headers().map() + " [" + a.body() + "]");
        Testserver.Multipart m = Testserver.multipart().bestand("groot.yaml", groot);
        HttpResponse<String> b = server.post("api/toetsing", m.type(), m.bytes());
        assertEquals(413, b.statusCode(), b.body());
        assertTrue(b.body().contains("te groot"), b.headers().map() + " [" + b.body() + "]");
    }

    @Test
    void eenAliasbomWordtGeweigerdZonderHemUitTePakken() throws Exception {
        StringBuilder bom = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char v = (char) (c - 1);
            bom.append(c).append(": &").append(c).append(" [*").append(v).append(",*").append(v).append(",*").append(v).append(",*")
                    .append(v).append(",*").append(v).append(",*").append(v).append(",*").append(v).append(",*").append(v).append(",*").append(v).append("]\n");
        }
        HttpResponse<String> a = server.postYaml("api/toetsing?naam=bom.yaml", bom.toString());
        assertEquals(400, a.statusCode(), a.body());
        assertTrue(a.body().contains("bom.yaml:2:") && a.body().contains("YAML-aliassen"), a.body());
        assertTrue(a.body().length() < 20_000, "de fouten worden samengevat, niet uitgepakt");
    }

    @Test
    void eenVerkeerdContentTypeGeeft415() throws Exception {
        HttpResponse<String> a = server.post("api/toetsing", "application/json", "{\"versie\": 1}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, a.statusCode(), a.body());
        assertTrue(JSON.readTree(a.body()).get("melding").asString().startsWith("verkeerd Content-Type"), a.body());
    }

    @Test
    void verkeerdeParametersGeven400InHetNederlands() throws Exception {
        byte[] oost = Testserver.regio("vb-oost.yaml");
        HttpResponse<String> a = server.post("api/toetsing?peildatum=gisteren", "application/yaml", oost);
        assertEquals(400, a.statusCode());
        assertTrue(a.body().contains("peildatum 'gisteren' is geen datum"), a.body());
        HttpResponse<String> b = server.post("api/toetsing?formaat=pdf", "application/yaml", oost);
        assertEquals(400, b.statusCode());
        assertTrue(b.body().contains("onbekend formaat 'pdf'"), b.body());
        HttpResponse<String> c = server.post("api/toetsing", "application/yaml", new byte[0]);
        assertEquals(400, c.statusCode());
        assertTrue(c.body().contains("upload.yaml: het bestand is leeg"), c.body());
    }

    @Test
    void criteriaSchemaGezondheidEnOpenApi() throws Exception {
        JsonNode criteria = JSON.readTree(server.get("api/criteria").body());
        assertTrue(criteria.size() > 100, "de hele catalogus");
        assertTrue(criteria.findValuesAsString("id").containsAll(java.util.List.of("B0", "B1.1", "K00")), criteria.toString());
        HttpResponse<String> b17 = server.get("api/criteria/B1.7");
        assertEquals(200, b17.statusCode());
        assertFalse(JSON.readTree(b17.body()).get("brontekst").asString().isBlank());
        assertEquals(404, server.get("api/criteria/X9").statusCode());
        HttpResponse<String> schema = server.get("api/schema");
        assertEquals(200, schema.statusCode());
        assertTrue(JSON.readTree(schema.body()).has("$schema"));
        assertEquals("UP", JSON.readTree(server.get("api/health").body()).get("status").asString());
        JsonNode openapi = JSON.readTree(server.get("api/openapi").body());
        assertTrue(openapi.get("paths").has("/api/toetsing"), openapi.toString());
        HttpResponse<String> ui = server.get("api/docs");
        assertEquals(302, ui.statusCode());
        HttpResponse<String> index = server.get(ui.headers().firstValue("Location").orElseThrow());
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<script src=\"./swagger-initializer.js\"") && !index.body().contains("<script>"),
                "Swagger UI van deze server, zonder inline script");
    }

    @Test
    void beveiligingskoppenOpElkAntwoordEnGeenStacktrace() throws Exception {
        for (HttpResponse<String> a : new HttpResponse[] {server.get(""), server.get("api/health"), server.get("bestaat-niet")}) {
            assertEquals("nosniff", a.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertEquals("DENY", a.headers().firstValue("X-Frame-Options").orElse(null));
            String csp = a.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
        }
        HttpResponse<String> weg = server.get("bestaat-niet");
        assertEquals(404, weg.statusCode());
        assertTrue(weg.body().contains("niet gevonden"), weg.body());
    }

    @Test
    void deTokenIsVerplichtAlsDeServerOpEenAnderAdresLuistert() throws Exception {
        try (Testserver open = new Testserver(Testserver.instellingen(InetAddress.getByName("0.0.0.0"), "geheim-1234"))) {
            HttpResponse<String> zonder = open.postYaml("api/toetsing", "versie: 1\n");
            assertEquals(401, zonder.statusCode(), zonder.body());
            assertTrue(zonder.body().contains("token ontbreekt"), zonder.body());
            assertEquals(401, open.get("").statusCode());
            assertEquals(200, open.get("api/health").statusCode(), "gezondheid zegt niets over een regio");
            HttpRequest.Builder b = HttpRequest.newBuilder(open.basis.resolve("api/toetsing?peildatum=" + LocalDate.of(2026, 11, 29)))
                    .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofByteArray(Testserver.regio("vb-noord.yaml")));
            assertEquals(401, open.client.send(b.copy().header("Authorization", "Bearer fout").build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, open.client.send(b.copy().header("Authorization", "Bearer geheim-1234").build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            String basic = Base64.getEncoder().encodeToString(":geheim-1234".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, open.client.send(HttpRequest.newBuilder(open.basis.resolve("")).header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void dePaginaToontFoutenBijHunRegelEnDeUitslag() throws Exception {
        HttpResponse<String> leeg = server.get("");
        assertEquals(200, leeg.statusCode());
        assertTrue(leeg.body().contains("<form") && !leeg.body().contains("<script"), leeg.body());
        String yaml = new String(Testserver.regio("vb-noord.yaml"), StandardCharsets.UTF_8) + "mandat: ja\n";
        Testserver.Multipart fout = Testserver.multipart().bestand("kapot.yaml", yaml.getBytes(StandardCharsets.UTF_8)).veld("peildatum", "2026-11-29");
        HttpResponse<String> a = server.post("toetsing", fout.type(), fout.bytes());
        assertEquals(400, a.statusCode());
        assertTrue(a.body().matches("(?s).*<td class=\"utrecht-table__cell regelnummer\">" + yaml.lines().count()
                + "</td>.*mandat: onbekende sleutel.*"), a.body());
        Testserver.Multipart goed = Testserver.multipart().bestand("oost.yaml", Testserver.regio("vb-oost.yaml")).veld("peildatum", "2026-11-29");
        HttpResponse<String> b = server.post("toetsing", goed.type(), goed.bytes());
        assertEquals(200, b.statusCode(), b.body());
        assertTrue(b.body().contains("data-criterium=\"B0\">niet voldaan<"), b.body());
        Testserver.Multipart geplakt = Testserver.multipart().veld("tekst", "versie: 1\nregio: {code: X}\n").veld("naam", "geplakt.yaml")
                .veld("peildatum", "2026-11-29");
        HttpResponse<String> c = server.post("toetsing", geplakt.type(), geplakt.bytes());
        assertEquals(400, c.statusCode());
        assertTrue(c.body().contains("spellcheck=\"false\">versie: 1\nregio: {code: X}\n</textarea>"), "de geplakte tekst staat er weer: " + c.body());
    }

    @Test
    void meerdereRegiosOpDePaginaGevenHetOverzichtMetGehashtScript() throws Exception {
        Testserver.Multipart twee = Testserver.multipart().bestand("oost.yaml", Testserver.regio("vb-oost.yaml"))
                .bestand("west.yaml", Testserver.regio("vb-west.yaml")).veld("peildatum", "2026-11-29");
        HttpResponse<String> pagina = server.post("toetsing", twee.type(), twee.bytes());
        assertEquals(200, pagina.statusCode());
        assertTrue(pagina.body().contains("action=\"/overzicht\"") && pagina.body().contains("id=\"regio-vb-west\""), pagina.body());
        Testserver.Multipart terug = Testserver.multipart().veld("naam", "oost.yaml")
                .veld("tekst", new String(Testserver.regio("vb-oost.yaml"), StandardCharsets.UTF_8)).veld("naam", "west.yaml")
                .veld("tekst", new String(Testserver.regio("vb-west.yaml"), StandardCharsets.UTF_8)).veld("peildatum", "2026-11-29").veld("formaat", "html");
        HttpResponse<String> overzicht = server.post("overzicht", terug.type(), terug.bytes());
        assertEquals(200, overzicht.statusCode(), overzicht.body());
        assertTrue(overzicht.body().contains("VB-OOST") && overzicht.body().contains("VB-WEST"));
        String csp = overzicht.headers().allValues("Content-Security-Policy").toString();
        assertEquals(1, overzicht.headers().allValues("Content-Security-Policy").size(), csp);
        assertTrue(csp.contains("script-src 'self' 'sha256-") && !csp.matches(".*script-src[^;]*unsafe-inline.*"), csp);
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
