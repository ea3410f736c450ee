package nl.galacheck.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import nl.galacheck.toetsing.Bevinding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SARIF against the official 2.1.0 schema (OASIS errata 01, kept in the test resources), and its results. */
class SarifRendererTests {

    private static JsonNode sarif() {
        return JsonMapper.builder().build().readTree(Voorbeeldrapport.tekst("sarif"));
    }

    @Test
    void sarifIsGeldigVolgensHetSchema() throws IOException {
        String schemaTekst;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schemaTekst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                b -> b.schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                .getSchema(schemaTekst);
        List<Error> fouten = schema.validate(Voorbeeldrapport.tekst("sarif"), com.networknt.schema.InputFormat.JSON);
        assertEquals(List.of(), fouten);
        // the validator does catch a broken log
        String kapot = Voorbeeldrapport.tekst("sarif").replaceFirst("\"version\" : \"2.1.0\"", "\"version\" : \"2.0\"");
        assertTrue(!schema.validate(kapot, com.networknt.schema.InputFormat.JSON).isEmpty());
    }

    @Test
    void elkeActiefBevindingIsEenResultaatOpDeYamlRegelMetDeRegelUitDeCatalogus() {
        JsonNode run = sarif().get("runs").get(0);
        JsonNode regels = run.get("tool").get("driver").get("rules");
        assertEquals(Voorbeeldrapport.rapport().toetsing().catalogus().grootte(), regels.size());
        long verwacht = Voorbeeldrapport.rapport().toetsing().regios().stream().flatMap(r -> r.bevindingen().stream())
                .filter(b -> SarifRenderer.niveau(b) != null).count();
        JsonNode resultaten = run.get("results");
        assertEquals(verwacht, resultaten.size());
        for (JsonNode r : resultaten) {
            assertEquals(r.get("ruleId").asString(), regels.get(r.get("ruleIndex").asInt()).get("id").asString());
            assertTrue(r.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt() > 0);
        }
        Bevinding b14 = Voorbeeldrapport.rapport().toetsing().regios().stream().filter(r -> r.regio().code().equals("VB-OOST"))
                .flatMap(r -> r.bevindingen().stream()).filter(b -> b.criterium().id().equals("B1.4")).findFirst().orElseThrow();
        JsonNode resultaat = null;
        for (JsonNode r : resultaten) {
            if (r.get("ruleId").asString().equals("B1.4") && r.get("locations").get(0).get("physicalLocation").get("artifactLocation")
                    .get("uri").asString().equals("regions/vb-oost.yaml")) {
                resultaat = r;
            }
        }
        assertEquals("error", resultaat.get("level").asString());
        assertEquals(b14.feiten().get(0).regel(), resultaat.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        assertTrue(regels.get(resultaat.get("ruleIndex").asInt()).get("help").get("text").asString().startsWith("Wat is nodig: "));
    }
}
