package nl.galacheck.invoer;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * Words of a list as the agreement's vocabulary knows them: compared after normalising case, accents,
 * spaces and hyphens, so {@code GGD-Gezondheidsmonitor} and {@code Sport en bewegen} are the known terms.
 */
final class Woorden {

    private Woorden() {
    }

    /** "GGD Gezondheids­monitor" → "ggd-gezondheidsmonitor": lower case, no accents, one hyphen between words. */
    static String normaal(String woord) {
        String zonderAccenten = Normalizer.normalize(woord, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return zonderAccenten.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace("\u00ad", "")
                .replaceAll("[\\s_\\-\u2010-\u2015]+", "-")
                .replaceAll("^-+|-+$", "");
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
}
