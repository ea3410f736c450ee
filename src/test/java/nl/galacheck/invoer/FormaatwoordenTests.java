package nl.galacheck.invoer;

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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.galacheck.TestRegels;
import nl.galacheck.regels.Criterium;
import tools.jackson.databind.JsonNode;

/**
 * The schema is the one place the format's word lists are written (the loader reads them from it,
 * {@link Formaatwoorden}); the words the catalogue and the rules look for, and the README's key tables, are held to it.
 */
class FormaatwoordenTests {

    /** Words of open lists the loader makes canonical ({@link Woorden#partij}, {@link Woorden#BRONNEN}) and keywords of the format. */
    private static final Set<String> OPEN = Set.of("gemeenten", "zorgverzekeraar", "ggd", "zorgkantoor", "ggd-gezondheidsmonitor",
            "niet-van-toepassing", "niet-nodig");

    /** Every enum of the schema, with the key it belongs to (the nearest named property), in schema order. */
    private static List<Map.Entry<String, Set<String>>> enums() {
        List<Map.Entry<String, Set<String>>> uit = new ArrayList<>();
        verzamel(RegioSchema.boom(), "", null, uit);
        return uit;
    }

    private static void verzamel(JsonNode n, String pad, String sleutel, List<Map.Entry<String, Set<String>>> uit) {
        if (n.isObject()) {
            if (n.has("enum")) {
                uit.add(Map.entry(sleutel, Formaatwoorden.uit(pad)));
            }
            for (String k : n.propertyNames()) {
                boolean structuur = Set.of("items", "anyOf", "oneOf", "allOf", "properties", "$defs", "propertyNames", "enum").contains(k);
                verzamel(n.get(k), pad + "/" + k, structuur ? sleutel : k, uit);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                verzamel(n.get(i), pad + "/" + i, sleutel, uit);
            }
        }
    }

    private static Set<String> woordenschat() {
        Set<String> alle = new TreeSet<>(OPEN);
        enums().forEach(e -> alle.addAll(e.getValue()));
        return alle;
    }

    @Test
    void deLaderLeestZijnWoordenlijstenUitHetSchema() {
        assertEquals(Set.of("lokaal", "regionaal", "in-voorbereiding", "geen"), Formaatwoorden.KS_VORMEN);
        assertTrue(enums().stream().anyMatch(e -> e.getKey().equals("status") && e.getValue().equals(Formaatwoorden.VOORTGANG)));
    }

    /** bevat, elk and list parameters of the catalogue name values the format can hold (a typo there would never match). */
    @Test
    void deWoordenVanDeCatalogusKanHetFormaatBevatten() {
        Set<String> woordenschat = woordenschat();
        List<String> onbekend = new ArrayList<>();
        for (Criterium c : TestRegels.regelset().catalogus().criteria()) {
            List<String> woorden = new ArrayList<>();
            if (c.beoordeling() != null) {
                woorden.addAll(c.beoordeling().bevat());
                woorden.addAll(c.beoordeling().elk());
            }
            c.parameters().forEach((naam, waarde) -> {
                if (waarde instanceof List<?>) {
                    woorden.addAll(c.lijst(naam));
                }
            });
            woorden.stream().filter(w -> !woordenschat.contains(w)).forEach(w -> onbekend.add(c.id() + ": " + w));
        }
        assertEquals(List.of(), onbekend);
    }

    /** A value a rule compares with ({@code waarde() == "x"}, {@code bevat("x")}, …) is one the format can hold. */
    @Test
    void deWoordenVanDeRegelsKanHetFormaatBevatten() throws IOException {
        // a value's comparisons: waarde() == "x", a list's bevat/element("x"), and equals on a value (waarde, status)
        Pattern vergelijking = Pattern.compile("(?:waarde\\(\\) [=!]= |(?<!Oordelen)\\.(?:bevat|element)\\("
                + "|(?:waarde|waarde\\(\\)|status)\\.(?:equals|equalsIgnoreCase)\\()\"([^\"]+)\"");
        Set<String> woordenschat = woordenschat();
        List<String> onbekend = new ArrayList<>();
        int gezien = 0;
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path drl : s.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = vergelijking.matcher(Files.readString(drl));
                while (m.find()) {
                    gezien++;
                    if (!woordenschat.contains(m.group(1))) {
                        onbekend.add(drl + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(gezien > 5, "de regels vergelijken met woorden van het formaat");
        assertEquals(List.of(), onbekend);
    }

    /** A row of the README's key tables that lists a key's values lists all of them. */
    @Test
    void deSleuteltabellenVanDeReadmeNoemenElkeWaarde() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String deel = readme.substring(readme.indexOf("## Het regiobestand"), readme.indexOf("## Valideren"));
        List<String> rijen = deel.lines().filter(l -> l.startsWith("|")).toList();
        List<String> onvolledig = new ArrayList<>();
        int getoetst = 0;
        for (Map.Entry<String, Set<String>> e : enums()) {
            Pattern sleutel = Pattern.compile("(?<![\\w-])" + Pattern.quote(e.getKey()) + "[`:]");
            for (String rij : rijen) {
                if (sleutel.matcher(rij).find() && e.getValue().stream().anyMatch(w -> bevat(rij, w))) {
                    getoetst++;
                    List<String> mist = e.getValue().stream().filter(w -> !bevat(rij, w)).toList();
                    if (!mist.isEmpty()) {
                        onvolledig.add(e.getKey() + " mist " + mist + " in: " + rij);
                    }
                }
            }
        }
        assertTrue(getoetst >= 11, "rijen getoetst: " + getoetst);
        assertEquals(List.of(), onvolledig);
    }

    private static boolean bevat(String rij, String woord) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(woord) + "(?![\\w-])").matcher(rij).find();
    }

    @Test
    void eenOntbrekendeLijstInHetSchemaIsEenFout() {
        assertFalse(enums().isEmpty());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Formaatwoorden.uit("/properties/versie")).getMessage().contains("/properties/versie"));
    }
}
