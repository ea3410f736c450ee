package nl.galacheck.invoer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.galacheck.fixture.Fixturebron;

/** The shipped schema and the loader agree: what loads is schema-valid, and the schema sees what the loader sees. */
class RegioSchemaTests {

    private final YamlBoomLezer boom = new YamlBoomLezer(RegioLader.STANDAARD_MAX_BYTES);

    private List<Invoerfout> schemafouten(Path bestand) {
        List<Invoerfout> fouten = new ArrayList<>();
        YamlKnoop wortel = boom.lees(bestand, bestand.toString(), fouten);
        assertEquals(List.of(), fouten);
        return RegioSchema.gedeeld().valideer(wortel);
    }

    @Test
    void deVoorbeeldregiosZijnGeldigVolgensHetSchema() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("regions"))) {
            for (Path p : s.toList()) {
                assertEquals(List.of(), schemafouten(p), p.toString());
            }
        }
    }

    @Test
    void elkeFixtureregioIsGeldigVolgensHetSchema() {
        Fixturebron bron = Fixturebron.uitMap(Path.of("rules"));
        for (Regiotekst bestand : bron.bestanden()) {
            Fixtureregios regios = new Fixtureregios(bestand, bron.basis());
            for (int i = 0; i < regios.aantal(); i++) {
                List<Invoerfout> fouten = new ArrayList<>();
                YamlKnoop regio = regios.boom(i, fouten);
                fouten.addAll(RegioSchema.gedeeld().valideer(regio));
                assertEquals(List.of(), fouten, bestand.naam() + ":" + regios.regel(i));
            }
        }
    }

    @Test
    void hetSchemaZietFoutenOpDeJuistePlaats(@TempDir Path map) throws IOException {
        Path p = map.resolve("r.yaml");
        Files.writeString(p, """
                versie: 1
                regio: {code: T, naam: T}
                gemeenten: [{code: GM9991, naam: A}]
                mandaat:
                  vastgesteld: 2023-02-30
                  machtigingen:
                    - {gemeente: GM9991, door: portier}
                regioplan:
                  onderdelen: {ketenaanpakken: [gli, yoga]}
                regioplna: {}
                """);
        List<String> fouten = schemafouten(p).stream().map(Invoerfout::tekst).toList();
        assertTrue(fouten.stream().anyMatch(f -> f.startsWith(p + ":5:16: mandaat.vastgesteld: volgens het schema")), String.join("\n", fouten));
        assertTrue(fouten.stream().anyMatch(f -> f.startsWith(p + ":7:32: mandaat.machtigingen[0].door")), String.join("\n", fouten));
        assertTrue(fouten.stream().anyMatch(f -> f.startsWith(p + ":9:38: regioplan.onderdelen.ketenaanpakken[1]")), String.join("\n", fouten));
        assertTrue(fouten.stream().anyMatch(f -> f.startsWith(p + ":10:12: regioplna")), String.join("\n", fouten));
    }
}
