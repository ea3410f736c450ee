package nl.galacheck.invoer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Broken YAML gets a Dutch message at its line, never the parser's English (issue 9, item 8). */
class YamlmeldingTests {

    @TempDir
    Path map;

    @TestFactory
    Stream<DynamicTest> kapotteYamlInHetNederlands() {
        return Stream.of(
                new String[] {"versie: 1\nregio: {code: T, naam: T\ngemeenten: []\n", "r.yaml:3:10", "een object { … } wordt niet goed afgesloten"},
                new String[] {"versie: 1\nregio:\n  code: T\n naam: x\n", "r.yaml:4:2", "de inspringing klopt niet"},
                new String[] {"versie: 1\nregio: \"abc\n", "r.yaml:2:", "een tekst tussen aanhalingstekens wordt niet afgesloten"},
                new String[] {"versie: 1\nregio: a: b\n", "r.yaml:2:9", "een tweede ': ' op deze regel"},
                new String[] {"versie: 1\n- x\n", "r.yaml:", "een lijstitem ('- ') waar een sleutel verwacht wordt"},
                new String[] {"versie: 1\nregio: [a, b\n", "r.yaml:", "een lijst [ … ] wordt niet goed afgesloten"},
                new String[] {"versie: 1\nregio: @x\n", "r.yaml:2:", "het teken '@' kan geen waarde beginnen"})
                .map(g -> DynamicTest.dynamicTest(g[0].replace("\n", "⏎"), () -> {
                    Path p = Files.writeString(map.resolve("r.yaml"), g[0]);
                    OngeldigeInvoerException e = assertThrows(OngeldigeInvoerException.class, () -> new RegioLader().laad(p, "r.yaml"));
                    List<String> fouten = e.fouten().stream().map(Invoerfout::tekst).toList();
                    assertEquals(1, fouten.size(), String.join("\n", fouten));
                    String f = fouten.get(0);
                    assertTrue(f.startsWith(g[1]) && f.contains("geen geldige YAML: " + g[2]), f);
                    assertFalse(f.matches(".*\\b(while|expected|found|scanning|parsing)\\b.*"), f);
                }));
    }
}
