package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explanations the catalogue refuses are input errors in {@code valideer} and {@code check}, with file:line and a suggestion. */
class ToelichtingCommandTests {

    @TempDir
    Path map;

    private Path regio(String fixture) throws IOException {
        Path bestand = map.resolve(fixture + ".yaml");
        Files.writeString(bestand, Files.readString(Path.of("regions/vb-noord.yaml")) + "\n"
                + Files.readString(Path.of("src/test/resources/toelichtingen/" + fixture + ".yaml")));
        return bestand;
    }

    @Test
    void valideerWeigertWatDeCatalogusNietToelaatEnNoemtHetBedoeldeId() throws IOException {
        Path bestand = regio("ongeldig");
        GalacheckCommandTests.Uitkomst u = galacheck("valideer", bestand.toString());
        assertEquals(3, u.code(), u.fout());
        assertTrue(u.fout().contains(bestand + ":"), u.fout());
        assertTrue(u.fout().contains("toelichtingen[0].criterium: onbekend criterium 'B15' — bedoelde u `B1.5`?"), u.fout());
        assertTrue(u.fout().contains("K02 is een plicht van landelijke partijen"));
        assertTrue(u.fout().contains("B3.2 is niet toe te lichten: \"Uiterlijk 31 december 2023"));
        GalacheckCommandTests.Uitkomst check = galacheck("check", bestand.toString(), "--peildatum", "2026-11-29");
        assertEquals(3, check.code());
        assertTrue(check.fout().contains("bedoelde u `B1.5`?"));
    }

    @Test
    void eenGeldigeToelichtingIsGeldigeInvoer() throws IOException {
        GalacheckCommandTests.Uitkomst u = galacheck("valideer", regio("gehonoreerd").toString());
        assertEquals(0, u.code(), u.fout());
    }

    @Test
    void hetFormaatVanEenToelichtingWordtGecontroleerd() throws IOException {
        Path bestand = map.resolve("vorm.yaml");
        Files.writeString(bestand, Files.readString(Path.of("regions/vb-noord.yaml")) + """

                toelichtingen:
                  - criterium: B1.5
                    toelichting: zonder einddatum
                    geaccepteerd_door: {partij: ggd, datum: 2025-01-01}
                    onderwerp: {gemeente: GM0001}
                """);
        GalacheckCommandTests.Uitkomst u = galacheck("valideer", bestand.toString());
        assertEquals(3, u.code());
        assertTrue(u.fout().contains("verplichte sleutel 'geldig_tot' ontbreekt"), u.fout());
        assertTrue(u.fout().contains("onbekende waarde 'ggd'"), u.fout());
        assertTrue(u.fout().contains("gemeente GM0001 hoort niet bij deze regio"), u.fout());
    }
}
