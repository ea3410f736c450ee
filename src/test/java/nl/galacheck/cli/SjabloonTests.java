package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.galacheck.invoer.RegioSchema;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.Regelbron;
import nl.galacheck.regels.Regelset;
import nl.galacheck.regio.Ketenaanpak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The template is generated from the schema and the catalogue: every key, every ketenaanpak, every step, with its criterion (issue 9, item 7). */
class SjabloonTests {

    @TempDir
    Path map;

    private String sjabloon() {
        GalacheckCommandTests.Uitkomst u = galacheck("sjabloon", "--regio", "Regio X", "--gemeente", "GM9991=Eendorp");
        assertEquals(0, u.code(), u.fout());
        return u.uit();
    }

    /** Every key name of the schema, except the fields of an evidence object (datum, bron, toelichting, voldaan). */
    private static void sleutels(JsonNode node, JsonNode defs, List<String> uit, Set<String> gezien) {
        if (node == null || !node.isObject()) {
            return;
        }
        if (node.has("$ref")) {
            String def = node.get("$ref").asString().substring("#/$defs/".length());
            if (gezien.add(def)) {
                sleutels(defs.get(def), defs, uit, gezien);
            }
        }
        if (node.has("properties")) {
            for (Map.Entry<String, JsonNode> e : node.get("properties").properties()) {
                if (!Set.of("datum", "bron", "toelichting", "voldaan").contains(e.getKey())) {
                    uit.add(e.getKey());
                }
                sleutels(e.getValue(), defs, uit, gezien);
            }
        }
        for (String k : List.of("items", "additionalProperties")) {
            sleutels(node.get(k), defs, uit, gezien);
        }
        for (String k : List.of("anyOf", "oneOf", "allOf")) {
            if (node.has(k)) {
                node.get(k).forEach(t -> sleutels(t, defs, uit, gezien));
            }
        }
    }

    @Test
    void elkeSleutelVanHetSchemaStaatErin() {
        JsonNode schema = JsonMapper.builder().build().readTree(RegioSchema.tekst());
        List<String> alle = new ArrayList<>();
        sleutels(schema, schema.get("$defs"), alle, new java.util.HashSet<>());
        String tekst = sjabloon();
        for (String sleutel : alle) {
            if (Set.of("jaar", "naam", "menukaart", "risico_inschatting_pct", "beweeginterventie_pct", "onderdeel", "jaren",
                    "afspraak", "deadline", "status", "afgerond", "gemeente", "door", "code",
                    // the items of toelichtingen: the schema's description shows their shape
                    "criterium", "onderwerp", "toelichting", "geldig_tot", "geaccepteerd_door", "partij", "ketenaanpak", "datum", "bron")
                    .contains(sleutel)) {
                continue; // keys of list items: the template names the list, its items are the region's to write
            }
            assertTrue(Pattern.compile("(?m)^[ #]*" + Pattern.quote(sleutel) + ":").matcher(tekst).find(), sleutel + " ontbreekt in het sjabloon");
        }
    }

    @Test
    void alleVijfKetenaanpakkenMetHunEigenSleutelsEnStappen() {
        String tekst = sjabloon();
        for (Ketenaanpak k : Ketenaanpak.values()) {
            assertEquals(2, Pattern.compile("(?m)^ +" + k.code() + ":").matcher(tekst).results().count(), k.code() + " regionaal en bij de gemeente");
        }
        String gli = blok(tekst, "      gli:", "      welzijn-op-recept:");
        assertTrue(gli.contains("spuk_coordinatie:"), gli);
        assertFalse(gli.contains("coalitie:"), "een sleutel van Kansrijke Start hoort niet bij GLI");
        List<Criterium> stappen = Regelset.leesCatalogus(Regelbron.ingebouwd()).criteria().stream()
                .filter(c -> c.stap() != null && c.stap().zelfdeFeitAls() == null).toList();
        assertTrue(stappen.size() > 60);
        for (Criterium c : stappen) {
            assertTrue(tekst.contains(c.stap().sleutel() + ":") && tekst.contains("# " + c.id() + " " + c.titel()), c.id() + " ontbreekt");
        }
    }

    @Test
    void bijElkeSleutelHetCriteriumEnDeTermijn() {
        String tekst = sjabloon();
        assertTrue(tekst.contains("  bekendgemaakt:") && tekst.contains("# B1.6 "), tekst);
        assertTrue(Pattern.compile("(?m)^  bekendgemaakt: +# B1\\.6 .* · termijn 2023-06-30$").matcher(tekst).find(), tekst);
        assertTrue(Pattern.compile("(?m)^ +toegankelijk: +# K13c .*\\(advies\\)").matcher(tekst).find(), tekst);
    }

    @Test
    void deSchemaregelWijstNaarEenSchemaDatErIs() throws IOException {
        Path regions = Files.createDirectories(map.resolve("repo/regions"));
        Files.createDirectories(map.resolve("repo/schema"));
        Files.writeString(map.resolve("repo/schema/regio.schema.json"), RegioSchema.tekst());
        assertEquals(0, galacheck("sjabloon", "--regio", "X", "--uit", regions.resolve("x.yaml").toString()).code());
        assertTrue(Files.readString(regions.resolve("x.yaml")).startsWith("# yaml-language-server: $schema=../schema/regio.schema.json\n"));

        Path los = Files.createDirectories(map.resolve("los"));
        GalacheckCommandTests.Uitkomst u = galacheck("sjabloon", "--regio", "X", "--uit", los.resolve("x.yaml").toString());
        assertEquals(0, u.code());
        assertTrue(Files.readString(los.resolve("x.yaml")).startsWith("# yaml-language-server: $schema=regio.schema.json\n"));
        assertTrue(u.fout().contains("galacheck schema --uit " + los.resolve("regio.schema.json")), u.fout());
        assertEquals(0, galacheck("schema", "--uit", los.resolve("regio.schema.json").toString()).code());
        assertEquals(RegioSchema.tekst(), Files.readString(los.resolve("regio.schema.json")));
        assertEquals(2, galacheck("schema", "--uit", los.resolve("regio.schema.json").toString()).code(), "overschrijft niets");
    }

    private static String blok(String tekst, String van, String tot) {
        int a = tekst.indexOf(van);
        return tekst.substring(a, tekst.indexOf(tot, a));
    }
}
