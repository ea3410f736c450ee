package nl.galacheck.invoer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regio.Ketenaanpak;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The step keys the region format accepts are exactly the steps the catalogue judges, at the same level. */
class StappenformaatTests {

    @Test
    void elkeStapVanDeCatalogusHeeftZijnSleutelOpHetJuisteNiveau() {
        for (Ketenaanpak k : Ketenaanpak.values()) {
            for (String niveau : List.of("gemeente", "regio")) {
                Set<String> catalogus = new TreeSet<>();
                for (Criterium c : TestRegels.regelset().catalogus().criteria()) {
                    if (c.stap() != null && k.code().equals(c.ketenaanpak()) && c.stap().niveau().equals(niveau)
                            && c.stap().zelfdeFeitAls() == null) {
                        catalogus.add(c.stap().sleutel());
                    }
                }
                List<String> formaat = niveau.equals("gemeente") ? KetenaanpakLezer.STAPPEN_GEMEENTE.get(k) : KetenaanpakLezer.STAPPEN_REGIO.get(k);
                assertEquals(catalogus, new TreeSet<>(formaat), k.code() + " op niveau " + niveau);
            }
        }
    }

    /** The schema lists every step key of a level (for all ketenaanpakken together) and names the steps that share a fact. */
    @Test
    void hetSchemaKentDezelfdeStappenAlsDeCatalogus() throws java.io.IOException {
        JsonNode defs = JsonMapper.builder().build().readTree(Files.readString(Path.of("schema/regio.schema.json"))).get("$defs");
        for (String niveau : List.of("gemeente", "regio")) {
            JsonNode stappen = defs.get(niveau.equals("gemeente") ? "ketenaanpakGemeente" : "ketenaanpakRegio").get("properties").get("stappen");
            Set<String> catalogus = new TreeSet<>();
            for (Criterium c : TestRegels.regelset().catalogus().criteria()) {
                if (c.stap() == null || !c.stap().niveau().equals(niveau)) {
                    continue;
                }
                if (c.stap().zelfdeFeitAls() == null) {
                    catalogus.add(c.stap().sleutel());
                } else {
                    String sleutel = c.stap().feit().sleutel();
                    assertTrue(stappen.get("description").asString().contains("'" + c.stap().sleutel() + "' is " + sleutel + " (" + c.stap().zelfdeFeitAls() + ")"),
                            niveau + ": de beschrijving van stappen noemt " + c.id());
                }
            }
            assertEquals(catalogus, new TreeSet<>(stappen.get("properties").propertyNames()), "schema, stappen op niveau " + niveau);
        }
    }
}
