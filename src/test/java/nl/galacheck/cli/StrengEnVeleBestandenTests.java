package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --streng} for the exit code, and a run over many files that one broken file does not stop (issue 9, items 6 and 9). */
class StrengEnVeleBestandenTests {

    private static final String LEEG = """
            versie: 1
            regio: {code: LEEG, naam: Leeg}
            gemeenten: [{code: GM9991, naam: Een}]
            """;

    @TempDir
    Path map;

    @Test
    void eenBestandDatNietsZegtFaaltAlleenMetStreng() throws IOException {
        Path leeg = Files.writeString(map.resolve("leeg.yaml"), LEEG);
        assertEquals(0, galacheck("check", leeg.toString(), "--peildatum", "2026-11-23", "--formaat", "json").code(),
                "standaard telt ONBEKEND niet mee");
        assertEquals(1, galacheck("check", leeg.toString(), "--peildatum", "2026-11-23", "--formaat", "json", "--streng").code(),
                "met --streng telt een verplicht criterium ONBEKEND als NIET_VOLDAAN");
    }

    @Test
    void strengVeranderdNietsAanEenRegioDieAlTekortenHeeft() {
        assertEquals(1, galacheck("check", "regions/vb-oost.yaml", "--peildatum", "2026-11-23", "--formaat", "json").code());
        assertEquals(1, galacheck("check", "regions/vb-oost.yaml", "--peildatum", "2026-11-23", "--formaat", "json", "--streng").code());
    }

    @Test
    void eenKapotBestandTussenVeleStoptDeRestNiet() throws IOException {
        Files.copy(Path.of("regions/vb-noord.yaml"), map.resolve("a-noord.yaml"));
        Files.writeString(map.resolve("b-kapot.yaml"), LEEG.replace("LEEG", "KAPOT") + "mandaat:\n  bekendgemaakt: 3-7-2023\n");
        Files.copy(Path.of("regions/vb-zuid.yaml"), map.resolve("c-zuid.yaml"));
        GalacheckCommandTests.Uitkomst u = galacheck("check", map.toString(), "--peildatum", "2026-11-23", "--formaat", "json");
        assertEquals(3, u.code(), "een ongeldig bestand geeft afsluitcode 3, ook als de rest getoetst is");
        JsonNode rapport = JsonMapper.builder().build().readTree(u.uit());
        assertEquals(2, rapport.get("regios").size(), u.uit());
        assertEquals("VB-NOORD", rapport.get("regios").get(0).get("code").asString());
        assertEquals("VB-ZUID", rapport.get("regios").get(1).get("code").asString());
        String[] regels = u.fout().split("\n");
        assertTrue(regels[0].startsWith(map.resolve("b-kapot.yaml") + ":5:18: mandaat.bekendgemaakt: datum in een andere notatie '3-7-2023' — bedoelde u 2023-07-03?"),
                u.fout());
        assertTrue(u.fout().contains("1 fout(en) in 1 bestand(en), niet getoetst: " + map.resolve("b-kapot.yaml") + "; de 2 geldige bestand(en) wel."), u.fout());
    }

    @Test
    void valideerNoemtDeGeldigeEnDeOngeldigeBestanden() throws IOException {
        Files.copy(Path.of("regions/vb-noord.yaml"), map.resolve("a-noord.yaml"));
        Files.writeString(map.resolve("b-kapot.yaml"), LEEG + "regiobeeld: {thema_preventie: \"nee, nog niet\"}\n");
        GalacheckCommandTests.Uitkomst u = galacheck("valideer", map.toString());
        assertEquals(3, u.code());
        assertTrue(u.uit().contains("a-noord.yaml: geldig — Voorbeeldregio Noord"), u.uit());
        assertTrue(u.fout().contains("b-kapot.yaml:4:31: regiobeeld.thema_preventie: 'nee, nog niet' is geen bewijs"), u.fout());
        assertFalse(u.uit().contains("b-kapot"), u.uit());
        assertTrue(u.fout().contains("galacheck: 1 fout(en) in 1 bestand(en); 1 bestand(en) geldig."), u.fout());
    }

    @Test
    void alleenKapotteBestandenToetstNiets() throws IOException {
        Files.writeString(map.resolve("kapot.yaml"), LEEG + "mandaat: {vastgesteld: onbekend}\n");
        GalacheckCommandTests.Uitkomst u = galacheck("check", map.toString());
        assertEquals(3, u.code());
        assertEquals("", u.uit());
        assertTrue(u.fout().contains("er is niets getoetst"), u.fout());
    }
}
