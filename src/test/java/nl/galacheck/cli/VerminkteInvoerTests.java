package nl.galacheck.cli;

import static nl.galacheck.cli.GalacheckCommandTests.galacheck;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz test: mutates the example regions (delete, duplicate, retype and rename keys, truncate,
 * inject bytes, re-indent) and runs `galacheck check` on each result. Whatever the input, galacheck
 * exits 0, 1 or 3, never shows a stack trace, and every input error names its place. Seeded, so a
 * failure reproduces: the message gives seed and case. More cases: -Dgalacheck.fuzz.gevallen=N.
 */
class VerminkteInvoerTests {

    private static final long ZAAD = Long.getLong("galacheck.fuzz.zaad", 20261123L);
    private static final int GEVALLEN = Integer.getInteger("galacheck.fuzz.gevallen", 1500);
    private static final Pattern FOUTREGEL = Pattern.compile("^(galacheck: .*|.+?(:\\d+:\\d+)?: .+)$");
    private static final String[] WAARDEN = {"[]", "{}", "[a, b]", "{x: 1}", "nee", "ja", "12", "-3", "1.5", "2023-02-30",
        "2023-13-01", "2023-6-1", "~", "\"\"", "*a", "&a x", "GM1", "GM99999", "!!binary aGVsbG8=", "true", "null", "'",
        "\"ongesloten", "[ongesloten", "{ongesloten", ": :", "- - -", "|", ">", "@", "`", "%YAML 1.2", "---", "...",
        "99999999999999999999999", "1e400", "0x1F", "2023-06-28T10:00:00Z", "{datum: 2023-02-29}", "{datum: nee}",
        "[{jaar: 1800}]", "[2023, 2023]", "{voldaan: misschien}"};
    private static final byte[] BYTES = {0, (byte) 0xFF, (byte) 0xC3, (byte) 0xE9, '\t', ':', '-', '[', '{', '"', '\n', '&', '*', '#', '!', '%'};

    @TempDir
    Path map;

    @Test
    void geenEnkeleVerminkingGeeftEenStacktraceOfEenAndereAfsluitcode() throws IOException {
        List<byte[]> voorbeelden = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("regions"))) {
            for (Path p : s.sorted().toList()) {
                voorbeelden.add(Files.readAllBytes(p));
            }
        }
        Random random = new Random(ZAAD);
        int[] perCode = new int[4];
        for (int geval = 1; geval <= GEVALLEN; geval++) {
            byte[] invoer = voorbeelden.get(random.nextInt(voorbeelden.size()));
            int mutaties = 1 + random.nextInt(3);
            for (int m = 0; m < mutaties; m++) {
                invoer = verminkt(invoer, random);
            }
            Path bestand = map.resolve("geval-" + geval + ".yaml");
            Files.write(bestand, invoer);
            GalacheckCommandTests.Uitkomst u = galacheck("check", bestand.toString(), "--peildatum", "2026-11-23", "--formaat", "json");
            String context = "zaad " + ZAAD + ", geval " + geval + " (" + bestand + "):\n" + new String(invoer, StandardCharsets.UTF_8)
                    + "\n--- fout:\n" + u.fout();
            if (!Set.of(0, 1, 3).contains(u.code())) {
                fail("afsluitcode " + u.code() + ", " + context);
            }
            perCode[u.code()]++;
            KapotteInvoerTests.assertGeenStacktrace(u);
            if (u.code() == 3) {
                assertTrue(!u.fout().isBlank() && u.fout().lines().allMatch(r -> FOUTREGEL.matcher(r).matches()), context);
                assertTrue(u.uit().isEmpty(), context);
            } else {
                assertTrue(u.uit().startsWith("{"), context);
            }
            Files.delete(bestand);
        }
        System.out.printf("verminkte invoer: %d gevallen (zaad %d): %d × code 0, %d × code 1, %d × code 3%n",
                GEVALLEN, ZAAD, perCode[0], perCode[1], perCode[3]);
    }

    private static byte[] verminkt(byte[] invoer, Random r) {
        String tekst = new String(invoer, StandardCharsets.UTF_8);
        List<String> regels = new ArrayList<>(List.of(tekst.split("\n", -1)));
        int i = r.nextInt(regels.size());
        switch (r.nextInt(9)) {
            case 0 -> regels.remove(i);
            case 1 -> regels.add(i, regels.get(i));
            case 2 -> regels.set(i, anderType(regels.get(i), r));
            case 3 -> regels.set(i, hernoemd(regels.get(i), r));
            case 4 -> {
                return java.util.Arrays.copyOf(invoer, r.nextInt(invoer.length + 1));
            }
            case 5 -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                int op = r.nextInt(invoer.length + 1);
                b.write(invoer, 0, op);
                for (int n = 1 + r.nextInt(4); n > 0; n--) {
                    b.write(BYTES[r.nextInt(BYTES.length)]);
                }
                b.write(invoer, op, invoer.length - op);
                return b.toByteArray();
            }
            case 6 -> regels.set(i, r.nextBoolean() ? "  " + regels.get(i) : regels.get(i).replaceFirst("^  ", ""));
            case 7 -> java.util.Collections.swap(regels, i, r.nextInt(regels.size()));
            default -> regels.set(i, regels.get(i) + " " + WAARDEN[r.nextInt(WAARDEN.length)]);
        }
        return String.join("\n", regels).getBytes(StandardCharsets.UTF_8);
    }

    /** The value after the first "key:" on the line replaced by a value of another kind. */
    private static String anderType(String regel, Random r) {
        int dubbelepunt = regel.indexOf(": ");
        String waarde = WAARDEN[r.nextInt(WAARDEN.length)];
        return dubbelepunt < 0 ? regel + ": " + waarde : regel.substring(0, dubbelepunt + 2) + waarde;
    }

    /** A typo in the key of the line: one letter dropped, doubled or changed. */
    private static String hernoemd(String regel, Random r) {
        int dubbelepunt = regel.indexOf(':');
        int begin = regel.length() - regel.stripLeading().length();
        if (dubbelepunt <= begin + 1) {
            return regel;
        }
        int p = begin + r.nextInt(dubbelepunt - begin);
        StringBuilder s = new StringBuilder(regel);
        switch (r.nextInt(3)) {
            case 0 -> s.deleteCharAt(p);
            case 1 -> s.insert(p, s.charAt(p));
            default -> s.setCharAt(p, (char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }
}
