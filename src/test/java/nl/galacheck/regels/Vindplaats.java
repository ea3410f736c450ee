package nl.galacheck.regels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a citation of the catalogue against the source texts in {@code shared/seeds}: every quoted
 * fragment of {@code brontekst} lies within one of the line ranges that {@code bron} cites, and each
 * cited range is exact (its first and its last line hold quoted words), so a range moved by one line
 * no longer fits. Whitespace and hyphenation at line breaks do not matter; words and their order do.
 */
final class Vindplaats {

    /** One cited line range of one source text (1-based, inclusive). */
    record Bereik(String bron, int van, int tot) {

        Bereik verschoven(int regels) {
            return new Bereik(bron, van + regels, tot + regels);
        }

        @Override
        public String toString() {
            return bron + " r. " + van + (tot == van ? "" : "–" + tot);
        }
    }

    /** Which seed a part of a citation refers to: by the words it names, else the GALA. */
    private static final Map<String, String> BRONNEN = Map.of(
            "RIVM", "002", "Kamerbrief", "004", "Handreiking", "001", "Kennisnotitie", "000");
    private static final Pattern REGELS = Pattern.compile(
            "\\br\\.\\s*(\\d+(?:\\s*[–-]\\s*\\d+)?(?:\\s*(?:,|en|/)\\s*\\d+(?:\\s*[–-]\\s*\\d+)?)*)");
    private static final Pattern GETAL = Pattern.compile("(\\d+)(?:\\s*[–-]\\s*(\\d+))?");
    private static final Pattern CITAAT = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern WEGLATING = Pattern.compile("\\[…]|…");

    private final Map<String, List<String>> teksten = new HashMap<>();

    Vindplaats(Path seeds) {
        try (Stream<Path> s = Files.list(seeds)) {
            for (Path p : s.toList()) {
                String naam = p.getFileName().toString();
                if (naam.matches("\\d{3}_.*\\.txt")) {
                    teksten.put(naam.substring(0, 3), Files.readAllLines(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line ranges a {@code bron} cites, e.g. "GALA §3G-I.1, r. 1789–1792 en 1804; RIVM …, r. 986". */
    static List<Bereik> bereiken(String bron) {
        List<Bereik> uit = new ArrayList<>();
        for (String deel : bron.split(";")) {
            String seed = BRONNEN.entrySet().stream().filter(e -> deel.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse("003");
            Matcher m = REGELS.matcher(deel);
            while (m.find()) {
                Matcher g = GETAL.matcher(m.group(1));
                while (g.find()) {
                    int van = Integer.parseInt(g.group(1));
                    uit.add(new Bereik(seed, van, g.group(2) == null ? van : Integer.parseInt(g.group(2))));
                }
            }
        }
        return uit;
    }

    /** The quoted fragments of a {@code brontekst}: each quote split at omissions ([…] or …). */
    static List<String> fragmenten(String brontekst) {
        List<String> uit = new ArrayList<>();
        // A brontekst written as one YAML string ("E. Afspraken …") has lost its quote marks: it is one quote.
        List<String> citaten = new ArrayList<>();
        Matcher m = CITAAT.matcher(brontekst);
        while (m.find()) {
            citaten.add(m.group(1));
        }
        if (!brontekst.contains("\"")) {
            citaten.add(brontekst);
        }
        for (String citaat : citaten) {
            for (String f : WEGLATING.split(citaat)) {
                String n = normaal(f).replaceAll("^[ .,;:]+|[ .,;:]+$", "");
                if (n.length() >= 4) {
                    uit.add(n);
                }
            }
        }
        return uit;
    }

    /** Typographic variants and footnote digits away, whitespace collapsed. */
    static String normaal(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('\u00a0', ' ')
                .replace('\u00ad', ' ').replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "").replaceAll("\\s+", " ").trim();
    }

    /** The problems with one citation; empty when every fragment lies within exactly the cited lines. */
    List<String> controleer(String bron, String brontekst) {
        return controleer(bereiken(bron), brontekst);
    }

    List<String> controleer(List<Bereik> bereiken, String brontekst) {
        List<String> fouten = new ArrayList<>();
        if (bereiken.isEmpty()) {
            return List.of("geen regelnummers in bron");
        }
        List<String> fragmenten = fragmenten(brontekst);
        if (fragmenten.isEmpty()) {
            return List.of("geen citaat tussen aanhalingstekens in brontekst");
        }
        Map<Bereik, boolean[]> geraakt = new HashMap<>();
        for (String f : fragmenten) {
            boolean gevonden = false;
            for (Bereik b : bereiken) {
                List<String> regels = teksten.get(b.bron());
                if (regels == null) {
                    return List.of("bron " + b.bron() + "_… ontbreekt in de seeds");
                }
                if (b.van() < 1 || b.tot() > regels.size() || b.van() > b.tot()) {
                    fouten.add(b + " ligt buiten de tekst of loopt achteruit");
                    continue;
                }
                for (int[] treffer : zoek(regels, b, f)) {
                    gevonden = true;
                    boolean[] randen = geraakt.computeIfAbsent(b, k -> new boolean[2]);
                    randen[0] |= treffer[0] == b.van();
                    randen[1] |= treffer[1] == b.tot();
                }
            }
            if (!gevonden) {
                fouten.add("niet binnen " + bereiken + ": \"" + kort(f) + "\"");
            }
        }
        for (Bereik b : bereiken) {
            boolean[] randen = geraakt.getOrDefault(b, new boolean[2]);
            if (!randen[0] || !randen[1]) {
                fouten.add(b + " is niet precies: " + (randen[0] ? "" : "de eerste regel ")
                        + (randen[0] || randen[1] ? "" : "en ") + (randen[1] ? "" : "de laatste regel ")
                        + "bevat geen geciteerde woorden");
            }
        }
        return fouten;
    }

    /**
     * Where a fragment occurs in a range, as {first line, last line}. The range is joined in three ways
     * at a line ending in a hyphen (hyphen dropped, kept, kept with a space), so both "gezondheids-bevordering"
     * split over two lines and "sport- en beweegaanbod" are found.
     */
    private static List<int[]> zoek(List<String> regels, Bereik b, String fragment) {
        List<int[]> uit = new ArrayList<>();
        for (String afbreking : new String[] {"", "-", "- "}) {
            StringBuilder tekst = new StringBuilder();
            List<Integer> regelVan = new ArrayList<>();
            for (int r = b.van(); r <= b.tot(); r++) {
                String regel = normaal(regels.get(r - 1));
                if (regel.isEmpty()) {
                    continue;
                }
                if (tekst.length() > 0) {
                    boolean afgebroken = tekst.charAt(tekst.length() - 1) == '-';
                    if (afgebroken) {
                        tekst.setLength(tekst.length() - 1);
                        regelVan.remove(regelVan.size() - 1);
                    }
                    String tussen = afgebroken ? afbreking : " ";
                    for (int i = 0; i < tussen.length(); i++) {
                        tekst.append(tussen.charAt(i));
                        regelVan.add(i == 0 && afgebroken && tussen.charAt(0) == '-' ? r - 1 : r);
                    }
                }
                for (int i = 0; i < regel.length(); i++) {
                    tekst.append(regel.charAt(i));
                    regelVan.add(r);
                }
            }
            String hooiberg = tekst.toString();
            for (int i = hooiberg.indexOf(fragment); i >= 0; i = hooiberg.indexOf(fragment, i + 1)) {
                uit.add(new int[] {regelVan.get(i), regelVan.get(i + fragment.length() - 1)});
            }
        }
        return uit;
    }

    private static String kort(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
