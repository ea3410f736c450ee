package nl.galacheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point in a JVM of its own (the background loading, the exit code), as
 * `./galacheck` runs it: standard output carries only the report, standard error stays empty.
 */
class GalacheckApplicationTests {

    record Proces(int code, String uit, String fout) {
    }

    private static Proces start(Path map, String... args) throws IOException, InterruptedException {
        Path uit = map.resolve("uit.txt");
        Path fout = map.resolve("fout.txt");
        List<String> opdracht = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GalacheckApplication.class.getName()));
        opdracht.addAll(List.of(args));
        Process p = new ProcessBuilder(opdracht).redirectOutput(uit.toFile()).redirectError(fout.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "galacheck stopte niet binnen 120 s");
        return new Proces(p.exitValue(), Files.readString(uit, StandardCharsets.UTF_8), Files.readString(fout, StandardCharsets.UTF_8));
    }

    @Test
    void checkSchrijftAlleenHetRapportEnGeeftDeAfsluitcode(@TempDir Path map) throws Exception {
        Proces p = start(map, "check", "regions/", "--peildatum", "2026-11-23");
        assertEquals("", p.fout());
        assertEquals(1, p.code());
        assertTrue(p.uit().startsWith("galacheck 0.1.0 — toetsing aan het Gezond en Actief Leven Akkoord (GALA)"), p.uit());
    }

    @Test
    void jsonOpStandaarduitvoerBlijftZuiver(@TempDir Path map) throws Exception {
        Proces p = start(map, "check", "regions/vb-noord.yaml", "--peildatum", "2026-11-23", "--formaat", "json");
        assertEquals("", p.fout());
        assertEquals(0, p.code());
        assertTrue(p.uit().startsWith("{") && p.uit().trim().endsWith("}"), p.uit());
    }

    @Test
    void ongeldigeInvoerGeeftAfsluitcode3(@TempDir Path map) throws Exception {
        Path kapot = map.resolve("kapot.yaml");
        Files.writeString(kapot, "versie: 1\n");
        Proces p = start(map, "valideer", kapot.toString());
        assertEquals(3, p.code());
        assertEquals("", p.uit());
        assertTrue(p.fout().contains("kapot.yaml:1:1: regio: verplichte sleutel 'regio' ontbreekt"), p.fout());
    }
}
