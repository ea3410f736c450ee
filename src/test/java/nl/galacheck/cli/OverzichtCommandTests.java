package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code galacheck overzicht} end to end on the generated national set (38 regions, 342 municipalities): the
 * matrix, its totals and the RIVM comparisons, each checked against an independent count over the JSON report
 * of {@code check} on the same files.
 */
class OverzichtCommandTests {

    private static Path SET;
    private static final String PEILDATUM = "2026-11-29";
    /** Least favourable first: a cell or unit is as good as its worst finding. */
    private static final List<String> RANG = List.of("NIET_VOLDAAN", "OPEN", "ONBEKEND", "GEBLOKKEERD_LANDELIJK", "TOEGELICHT", "VOLDAAN",
            "NIET_VAN_TOEPASSING");
    private static final JsonMapper JSON = JsonMapper.builder().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static JsonNode overzicht;
    /** Per region: the check report's region object (without its findings) and its findings. */
    private static final Map<String, JsonNode> REGIOS = new LinkedHashMap<>();
    private static final Map<String, List<JsonNode>> BEVINDINGEN = new HashMap<>();

    @BeforeAll
    static void genereerEnToets() throws IOException {
        SET = LandelijkeTestset.map();
        var o = galacheck("overzicht", SET.toString(), "--peildatum", PEILDATUM, "--formaat", "json");
        assertEquals(1, o.code(), o.fout());
        overzicht = JSON.readTree(o.uit());
        Path rapport = SET.resolveSibling("landelijke-set-tests.json");
        var c = galacheck("check", SET.toString(), "--peildatum", PEILDATUM, "--formaat", "json", "--uit", rapport.toString());
        assertEquals(1, c.code(), c.fout());
        leesRapport(rapport);
    }

    /** The check report is tens of megabytes: read it one region at a time. */
    private static void leesRapport(Path rapport) throws IOException {
        try (InputStream in = Files.newInputStream(rapport); JsonParser p = JSON.createParser(in)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.PROPERTY_NAME && "regios".equals(p.currentName())) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode r = JSON.readTree(p);
                        String code = r.get("code").asString();
                        List<JsonNode> b = new ArrayList<>();
                        r.get("bevindingen").forEach(b::add);
                        BEVINDINGEN.put(code, b);
                        ((tools.jackson.databind.node.ObjectNode) r).remove("bevindingen");
                        REGIOS.put(code, r);
                    }
                }
            }
        }
    }

    @Test
    void deLandelijkeSetGeeft38RijenMet342Gemeenten() {
        assertEquals(38, overzicht.get("rijen").size());
        assertEquals(38, overzicht.get("regios").asInt());
        assertEquals(342, overzicht.get("gemeenten").asInt());
        int som = 0;
        for (JsonNode r : overzicht.get("rijen")) {
            som += r.get("gemeenten").asInt();
        }
        assertEquals(342, som);
        assertEquals(REGIOS.keySet(), codes(overzicht.get("rijen")));
        assertEquals(0, overzicht.get("ongeldig").size());
    }

    @Test
    void deTotalenZijnDeSomVanDeRijen() {
        for (JsonNode k : overzicht.get("kolommen")) {
            String sleutel = k.get("sleutel").asString();
            Map<String, Integer> som = new HashMap<>();
            int regiosMetCel = 0;
            for (JsonNode r : overzicht.get("rijen")) {
                JsonNode cel = r.get("cellen").get(sleutel);
                if (cel != null) {
                    regiosMetCel++;
                    cel.get("telling").properties().forEach(e -> som.merge(e.getKey(), e.getValue().asInt(), Integer::sum));
                }
            }
            int eenheden = 0;
            for (var e : k.get("totaal").properties()) {
                assertEquals(som.getOrDefault(e.getKey(), 0), e.getValue().asInt(), sleutel + " " + e.getKey());
                eenheden += e.getValue().asInt();
            }
            if (k.get("perGemeente").asBoolean()) {
                assertTrue(eenheden <= 342, sleutel);
            } else {
                assertEquals(regiosMetCel, eenheden, sleutel + ": één eenheid per regio");
                assertEquals(38, regiosMetCel, sleutel + ": elke regio heeft een bevinding");
            }
            assertEquals(eenheden - k.get("totaal").get("NIET_VAN_TOEPASSING").asInt(), k.get("vanToepassing").asInt(), sleutel);
        }
    }

    @Test
    void elkeCelEnElkTotaalKloptMetEenTellingOverHetJsonRapport() {
        for (JsonNode k : overzicht.get("kolommen")) {
            String sleutel = k.get("sleutel").asString();
            boolean perGemeente = k.get("perGemeente").asBoolean();
            Map<String, Integer> totaal = new HashMap<>();
            for (JsonNode rij : overzicht.get("rijen")) {
                Map<String, List<String>> perEenheid = new LinkedHashMap<>();
                for (JsonNode b : BEVINDINGEN.get(rij.get("regio").asString())) {
                    if (sleutel(b).equals(sleutel)) {
                        String eenheid = perGemeente ? b.get("onderwerp").get("gemeente").asString("") : "regio";
                        perEenheid.computeIfAbsent(eenheid, x -> new ArrayList<>()).add(b.get("status").asString());
                    }
                }
                Map<String, Integer> telling = new HashMap<>();
                perEenheid.values().forEach(s -> telling.merge(slechtste(s), 1, Integer::sum));
                JsonNode cel = rij.get("cellen").get(sleutel);
                if (perEenheid.isEmpty()) {
                    assertEquals(null, cel, sleutel + " " + rij.get("regio"));
                    continue;
                }
                telling.forEach((s, n) -> assertEquals(n, cel.get("telling").get(s).asInt(), sleutel + " " + rij.get("regio") + " " + s));
                assertEquals(telling.values().stream().mapToInt(Integer::intValue).sum(),
                        cel.get("telling").properties().stream().mapToInt(e -> e.getValue().asInt()).sum());
                telling.forEach((s, n) -> totaal.merge(s, n, Integer::sum));
            }
            for (String s : RANG) {
                assertEquals(totaal.getOrDefault(s, 0), k.get("totaal").get(s).asInt(), sleutel + " totaal " + s);
            }
        }
    }

    @Test
    void deRivmVergelijkingTeltOpDeGrondslagVanHetRivmCijfer() {
        int stappen = 0;
        for (JsonNode v : overzicht.get("vergelijkingen")) {
            String id = v.get("id").asString();
            String k = v.get("ketenaanpak").asString();
            String basis = v.get("basis").asString();
            int[] set = new int[3];
            for (String regio : REGIOS.keySet()) {
                int[] eigen = id.equals("gestart") ? gestart(regio, k) : stap(regio, k, id, basis);
                JsonNode a = v.get("perRegio").get(regio);
                assertAandeel(eigen, a, id + " " + regio);
                for (int i = 0; i < 3; i++) {
                    set[i] += eigen[i];
                }
            }
            assertAandeel(set, v.get("set"), id + " set");
            stappen += id.equals("gestart") ? 0 : 1;
        }
        assertEquals(83, stappen, "elke RIVM-stap van de catalogus");
    }

    @Test
    void deRivmCijfersKomenUitDeCatalogusMetHunGrondslag() {
        JsonNode ks = vergelijking("gestart", "kansrijke-start");
        assertEquals(92, ks.get("rivm").get("percentage").asInt());
        assertEquals(291, ks.get("rivm").get("aantal").asInt());
        assertEquals(316, ks.get("rivm").get("basis").asInt());
        assertEquals("gemeenten", ks.get("basis").asString());
        JsonNode draagvlak = vergelijking("KS.BESTUURLIJK-DRAAGVLAK", "kansrijke-start");
        assertEquals(83, draagvlak.get("rivm").get("percentage").asInt());
        assertEquals(314, draagvlak.get("rivm").get("basis").asInt());
        assertEquals("gestarte-gemeenten", draagvlak.get("basis").asString());
        // agreed for the region, but the RIVM counted it per started municipality (Tabel 1a): same basis here
        assertEquals("gestarte-gemeenten", vergelijking("KS.AFSPRAKEN-ZV", "kansrijke-start").get("basis").asString());
        JsonNode zv = vergelijking("ZV.KS.AANBOD", "kansrijke-start");
        assertEquals("zorgverzekeraars", zv.get("basis").asString());
        assertEquals(36, zv.get("rivm").get("basis").asInt());
        assertEquals(38, zv.get("set").get("basis").asInt(), "één preferente zorgverzekeraar per regio");
    }

    @Test
    void tekstPastIn160KolommenMetLegendaEnEenRijPerRegio() {
        var u = galacheck("overzicht", SET.toString(), "--peildatum", PEILDATUM);
        assertEquals(1, u.code());
        List<String> regels = u.uit().lines().toList();
        regels.forEach(r -> assertTrue(r.length() <= 160, "te breed (" + r.length() + "): " + r));
        assertTrue(u.uit().contains("Legenda: ✔ voldaan  ✘ niet voldaan"));
        int bouwstenen = regels.indexOf("Bouwstenen (B0 en B1–B6)");
        assertTrue(bouwstenen > 0);
        long rijen = regels.subList(bouwstenen, regels.indexOf(regels.stream().filter(r -> r.startsWith("% voldaan")).findFirst().orElseThrow()))
                .stream().filter(r -> r.startsWith("NL-")).count();
        assertEquals(38, rijen, "één tabel met alle 38 regio's voor de bouwstenen");
        assertTrue(u.uit().contains("RIVM 92% (291/316)"), "het RIVM-cijfer met zijn grondslag");
        assertTrue(u.uit().contains("Landelijk beeld per criterium"));
    }

    @Test
    void csvMetPuntkommaEnBom() {
        var u = galacheck("overzicht", SET.toString(), "--peildatum", PEILDATUM, "--formaat", "csv");
        assertTrue(u.uit().startsWith("\uFEFFregio;naam;gemeenten;"));
        List<String> regels = u.uit().lines().toList();
        assertEquals(1 + 38 + 5, regels.size());
        int kolommen = overzicht.get("kolommen").size();
        regels.forEach(r -> assertEquals(5 + kolommen, r.split(";", -1).length, r));
        assertFalse(java.util.regex.Pattern.compile(";\\d+/\\d+(;|$)", java.util.regex.Pattern.MULTILINE).matcher(u.uit()).find(),
                "geen 7/9: Excel leest dat als datum");
        assertTrue(u.uit().contains(" van "), "maar 7 van 9");
    }

    @Test
    void filtersOpPartijZorgverzekeraarEnKetenaanpak() {
        String zv = REGIOS.values().iterator().next().get("code").asString();
        JsonNode alleen = JSON.readTree(galacheck("overzicht", SET.toString(), "--peildatum", PEILDATUM, "--formaat", "json",
                "--partij", "zorgverzekeraar", "--ketenaanpak", "gli", "--zorgverzekeraar", "zorgverzekeraar delta").uit());
        assertNotNull(zv);
        for (JsonNode k : alleen.get("kolommen")) {
            assertEquals("gli", k.get("blok").asString());
            assertTrue(Set.of("zorgverzekeraar", "samen").contains(k.get("partij").asString()), k.toString());
        }
        assertTrue(alleen.get("rijen").size() > 0 && alleen.get("rijen").size() < 38);
        for (JsonNode r : alleen.get("rijen")) {
            assertTrue(Files.exists(Path.of(r.get("bestand").asString())));
            String tekst = readString(Path.of(r.get("bestand").asString()));
            assertTrue(tekst.contains("\"Zorgverzekeraar Delta\""), r.get("regio").asString());
        }
        alleen.get("vergelijkingen").forEach(v -> assertEquals("gli", v.get("ketenaanpak").asString()));
        var fout = galacheck("overzicht", SET.toString(), "--zorgverzekeraar", "Bestaat Niet");
        assertEquals(2, fout.code());
        assertTrue(fout.fout().contains("wel: Zorgverzekeraar Delta"), fout.fout());
    }

    @Test
    void ongeldigeBestandenStaanInHetOverzichtEnHoudenHetNietTegen(@TempDir Path map) throws IOException {
        Files.copy(Path.of("regions/vb-noord.yaml"), map.resolve("a-noord.yaml"));
        Files.copy(Path.of("src/test/resources/kapot/dubbele-sleutel.yaml"), map.resolve("b-kapot.yaml"));
        Files.copy(Path.of("regions/vb-oost.yaml"), map.resolve("c-oost.yaml"));
        var u = galacheck("overzicht", map.toString(), "--peildatum", PEILDATUM);
        assertEquals(3, u.code(), "ongeldige invoer, maar het overzicht van de rest staat er");
        assertTrue(u.uit().contains("Niet ingelezen: 1 ongeldig(e) bestand(en)"), u.uit());
        assertTrue(u.uit().contains("b-kapot.yaml:8:3: mandaat.vastgesteld: sleutel 'vastgesteld' komt twee keer voor"), u.uit());
        assertTrue(u.uit().contains("VB-NOORD (3)") && u.uit().contains("VB-OOST (4)"));
        JsonNode j = JSON.readTree(galacheck("overzicht", map.toString(), "--peildatum", PEILDATUM, "--formaat", "json").uit());
        assertEquals(2, j.get("rijen").size());
        assertTrue(j.get("ongeldig").get(0).get("bestand").asString().endsWith("b-kapot.yaml"));
    }

    @Test
    void schrijftNooitInDeInvoer(@TempDir Path map) throws IOException {
        Path regio = map.resolve("x.yaml");
        Files.copy(Path.of("regions/vb-zuid.yaml"), regio);
        var u = galacheck("overzicht", map.toString(), "--uit", regio.toString());
        assertEquals(2, u.code());
        assertEquals(Files.readString(Path.of("regions/vb-zuid.yaml")), Files.readString(regio));
    }

    // ── the independent count over the check report ──

    private static String sleutel(JsonNode b) {
        String k = b.get("onderwerp").get("ketenaanpak").asString(null);
        return k == null ? b.get("criterium").asString() : b.get("criterium").asString() + "@" + k;
    }

    private static String slechtste(List<String> statussen) {
        return RANG.stream().filter(statussen::contains).findFirst().orElseThrow();
    }

    private static int[] gestart(String regio, String k) {
        JsonNode g = ketenaanpak(regio, k).get("gestart");
        int ja = g.get("ja").size();
        return new int[] {ja, ja + g.get("nee").size() + g.get("onbekend").size(), g.get("onbekend").size()};
    }

    /** {gezet, basis, onbekend} of one step for one region, on the basis the overview names. */
    private static int[] stap(String regio, String k, String id, String basis) {
        Set<String> gestart = new HashSet<>();
        ketenaanpak(regio, k).get("gestart").get("ja").forEach(g -> gestart.add(g.asString()));
        List<JsonNode> b = BEVINDINGEN.get(regio).stream().filter(x -> x.get("criterium").asString().equals(id)).toList();
        assertFalse(b.isEmpty(), id + " " + regio);
        boolean regionaal = b.get(0).get("onderwerp").get("soort").asString().equals("ketenaanpak");
        String status = slechtste(b.stream().map(x -> x.get("status").asString()).toList());
        if (basis.equals("zorgverzekeraars")) {
            assertTrue(regionaal, id);
            return new int[] {status.equals("VOLDAAN") ? 1 : 0, 1, status.equals("ONBEKEND") ? 1 : 0};
        }
        assertEquals("gestarte-gemeenten", basis, id);
        if (regionaal) {
            int n = gestart.size();
            return new int[] {status.equals("VOLDAAN") ? n : 0, n, status.equals("ONBEKEND") ? n : 0};
        }
        List<JsonNode> vanGestarte = b.stream().filter(x -> gestart.contains(x.get("onderwerp").get("gemeente").asString())).toList();
        return new int[] {(int) vanGestarte.stream().filter(x -> x.get("status").asString().equals("VOLDAAN")).count(), gestart.size(),
                (int) vanGestarte.stream().filter(x -> x.get("status").asString().equals("ONBEKEND")).count()};
    }

    private static void assertAandeel(int[] verwacht, JsonNode a, String wat) {
        assertEquals(verwacht[0], a.get("gezet").asInt(), wat + " gezet");
        assertEquals(verwacht[1], a.get("basis").asInt(), wat + " basis");
        assertEquals(verwacht[2], a.get("onbekend").asInt(), wat + " onbekend");
        if (verwacht[1] == 0) {
            assertTrue(a.get("percentage").isNull(), wat);
        } else {
            assertEquals(Math.round(1000.0 * verwacht[0] / verwacht[1]) / 10.0, a.get("percentage").asDouble(), 0.0001, wat + " percentage");
        }
    }

    private static JsonNode ketenaanpak(String regio, String k) {
        for (JsonNode x : REGIOS.get(regio).get("ketenaanpakken")) {
            if (x.get("ketenaanpak").asString().equals(k)) {
                return x;
            }
        }
        throw new AssertionError(k);
    }

    private static JsonNode vergelijking(String id, String k) {
        for (JsonNode v : overzicht.get("vergelijkingen")) {
            if (v.get("id").asString().equals(id) && v.get("ketenaanpak").asString().equals(k)) {
                return v;
            }
        }
        throw new AssertionError(id);
    }

    private static Set<String> codes(JsonNode rijen) {
        Set<String> s = new java.util.LinkedHashSet<>();
        rijen.forEach(r -> s.add(r.get("regio").asString()));
        return s;
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
