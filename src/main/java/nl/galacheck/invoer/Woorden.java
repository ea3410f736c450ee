package nl.galacheck.invoer;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of a list as the agreement's vocabulary knows them: compared after normalising case, accents,
 * spaces and hyphens, so {@code GGD-Gezondheidsmonitor} and {@code Sport en bewegen} are the known terms.
 */
final class Woorden {

    // compiled once: these run for every text value of every file
    private static final java.util.regex.Pattern ACCENTEN = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern SCHEIDING = java.util.regex.Pattern.compile("[\\s_\\-\u2010-\u2015]+");
    private static final java.util.regex.Pattern RANDSTREEPJES = java.util.regex.Pattern.compile("^-+|-+$");

    private Woorden() {
    }

    /** "GGD Gezondheids­monitor" → "ggd-gezondheidsmonitor": lower case, no accents, one hyphen between words. */
    static String normaal(String woord) {
        String zonderAccenten = ACCENTEN.matcher(Normalizer.normalize(woord, Normalizer.Form.NFD)).replaceAll("");
        String s = SCHEIDING.matcher(zonderAccenten.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace("\u00ad", "")).replaceAll("-");
        return RANDSTREEPJES.matcher(s).replaceAll("");
    }

    /**
     * The known term {@code woord} stands for in an open list: the same after normalising, or a near miss of
     * exactly one known term (at most one edit, two for words of eight letters or more); otherwise the
     * normalised word itself.
     */
    static String bekendOfZelf(String woord, Collection<String> bekend) {
        String n = normaal(woord);
        if (bekend.contains(n)) {
            return n;
        }
        int grens = n.length() >= 8 ? 2 : 1;
        String gevonden = null;
        for (String term : bekend) {
            if (Levenshtein.afstand(n, term) <= grens) {
                if (gevonden != null) {
                    return n;
                }
                gevonden = term;
            }
        }
        return gevonden != null ? gevonden : n;
    }

    /** Parties are written in many ways; the rules look for these canonical names. */
    static MapLezer.YamlWaarde partij(MapLezer.YamlWaarde w) {
        // an open list: normalised, and a near miss of a known party counts as that party
        String s = normaal(w.tekst()).replace("ggd'en", "ggden");
        String canoniek = switch (bekendOfZelf(s, PARTIJ_WOORDEN)) {
            case "gemeente", "gemeenten" -> "gemeenten";
            case "zorgverzekeraar", "zorgverzekeraars" -> "zorgverzekeraar";
            case "ggd", "ggden", "ggd-en" -> "ggd";
            case "zorgkantoor", "zorgkantoren" -> "zorgkantoor";
            default -> s;
        };
        return new MapLezer.YamlWaarde(canoniek, w.herkomst());
    }

    private static final Set<String> PARTIJ_WOORDEN = Set.of("gemeente", "gemeenten", "zorgverzekeraar", "zorgverzekeraars", "ggd",
            "ggden", "ggd-en", "zorgkantoor", "zorgkantoren");

    /** The known sources of a regiobeeld (open list): B2.4 asks for the GGD-gezondheidsmonitor (r. 1815–1816). */
    static final Set<String> BRONNEN = Set.of("ggd-gezondheidsmonitor");

    static MapLezer.YamlWaarde bron(MapLezer.YamlWaarde w) {
        return new MapLezer.YamlWaarde(bekendOfZelf(w.tekst(), BRONNEN), w.herkomst());
    }

    /** A list item from a fixed vocabulary; anything else is reported with the allowed values. */
    static MapLezer.YamlWaarde keuze(MapLezer.YamlWaarde w, Set<String> toegestaan, List<Invoerfout> fouten) {
        // compared after normalising case, accents, spaces and hyphens (issue 7, item 5); unknown stays an error
        String normaal = normaal(w.tekst());
        if (toegestaan.contains(normaal)) {
            return new MapLezer.YamlWaarde(normaal, w.herkomst());
        }
        fouten.add(Invoerfout.bij(w.herkomst(), "onbekende waarde '" + w.tekst() + "'" + Levenshtein.suggestie(w.tekst(), toegestaan),
                "een van: " + String.join(", ", toegestaan.stream().sorted().toList()), null));
        return null;
    }
}
