package nl.galacheck.invoer;

import java.util.Locale;

/**
 * The placeholders `galacheck sjabloon` writes where only the region can fill in a value. Left
 * unchanged they are input errors: a template value is no fact about a region.
 */
public final class Plaatshouder {

    // compiled once: these run for every text value of every file
    private static final java.util.regex.Pattern PUNTHAKEN = java.util.regex.Pattern.compile("<[^<>]*>");

    /** A municipality code that cannot exist (CBS codes start at GM0003). */
    public static final String GEMEENTECODE = "GM0000";
    public static final String GEMEENTENAAM = "Gemeentenaam";

    private Plaatshouder() {
    }

    static boolean is(String waarde) {
        String s = waarde.trim();
        return s.equals(GEMEENTECODE) || s.toLowerCase(Locale.ROOT).equals(GEMEENTENAAM.toLowerCase(Locale.ROOT))
                || PUNTHAKEN.matcher(s).matches();
    }

    /** What belongs where the placeholder stands. */
    static String verwacht(String waarde) {
        return waarde.trim().equals(GEMEENTECODE) ? "de CBS-code van de gemeente (GM0363)"
                : waarde.trim().equalsIgnoreCase(GEMEENTENAAM) ? "de naam van de gemeente" : "de echte waarde";
    }
}
