package nl.galacheck.invoer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a value written as text says when it is not a document: a yes or a no in any spelling, or a
 * non-answer (a no, an unknown or a plan). Free text is evidence of a document, never of a no
 * (README, "Vrije tekst"); these words tell the two apart. The schema carries the same words as
 * patterns ({@link #schemapatroonBegin()}, {@link #schemapatroonOveral()}), checked by a test.
 */
public final class Antwoord {

    // compiled once: these run for every text value of every file
    private static final java.util.regex.Pattern AANHALINGSTEKENS = java.util.regex.Pattern.compile("^['\"‘’“”]+|['\"‘’“”]+$");
    private static final java.util.regex.Pattern SLOTTEKEN = java.util.regex.Pattern.compile("[.!]+$");

    /** Every common spelling of yes: Dutch, English, YAML 1.1 and 1.2, compared in lower case. */
    static final Set<String> JA = Set.of("ja", "j", "yes", "y", "true", "on", "waar");
    /** Every common spelling of no. */
    static final Set<String> NEE = Set.of("nee", "neen", "n", "no", "false", "off", "onwaar");

    /**
     * A text that is, or begins with, one of these words or phrases (followed by a space or punctuation)
     * says no, "unknown" or "later". Only the beginning counts, so a title such as "Nota Geen Zorgen
     * 2024" stays a document.
     */
    static final List<String> BEGIN = List.of(
            "nee", "neen", "no", "niet", "geen", "nooit", "none", "nog", "onbekend", "unknown", "weet niet",
            "nvt", "n.v.t", "n/a", "ntb", "n.t.b", "nnb", "n.n.b", "pm", "p.m", "todo", "tbd", "tbc",
            "concept", "draft", "ontwerp", "gepland", "planned", "pending", "volgt", "wordt", "in voorbereiding",
            "in ontwikkeling", "in behandeling", "in afwachting", "in de maak", "binnenkort", "later",
            "loopt", "lopend", "ja", "yes", "misschien", "deels", "gedeeltelijk", "false", "nope", "nein", "non",
            "aangevraagd", "moet nog", "zal", "wacht op", "?", "-", "–", "—", "…", "...");

    /** Phrases that mean "not (yet)" wherever they stand in the text. */
    static final List<String> OVERAL = List.of(
            "nog niet", "niet vastgesteld", "niet bekend", "nog onbekend", "in voorbereiding", "in ontwikkeling",
            "nog vast te stellen", "nog op te stellen", "nog te bepalen", "nader te bepalen", "todo", "tbd",
            // a status that says the document is not (or no longer) adopted, wherever it stands: a title
            // rarely holds these words, and a draft, a refusal or a postponement is never evidence
            "concept", "conceptversie", "ontwerp", "ontwerpversie", "ontwerpbesluit", "draft", "afgewezen", "geweigerd",
            "ontbreekt", "mislukt", "uitgesteld", "vertraagd", "gestopt", "geannuleerd", "ingetrokken", "verlopen",
            "vacature", "weet ik niet", "onduidelijk", "not yet", "pending", "nee");

    /** Short words that are a non-answer only as the whole text of evidence ("open", "x"); a name or code may be one. */
    static final List<String> HEEL = List.of("open", "leeg", "x", "na", "nvt.", "nb", "idem");

    /** Letters and digits, written so that Java and the JavaScript of an editor read the class alike. */
    private static final String WOORDTEKEN = "A-Za-z0-9\u00C0-\u024F";

    private static final Pattern BEGIN_PATROON = Pattern.compile("^\\s*(" + alternatieven(BEGIN) + ")(?![" + WOORDTEKEN + "])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OVERAL_PATROON = Pattern.compile("(?<![" + WOORDTEKEN + "])(" + alternatieven(OVERAL) + ")(?![" + WOORDTEKEN + "])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Antwoord() {
    }

    /** The boolean a text spells (ja, no, Off, Y …), if it spells one. */
    static Optional<Boolean> jaNee(String tekst) {
        String s = tekst.trim().toLowerCase(Locale.ROOT);
        return JA.contains(s) ? Optional.of(true) : NEE.contains(s) ? Optional.of(false) : Optional.empty();
    }

    /**
     * The words that make {@code tekst} a non-answer, if it reads as a no, an unknown or a plan: it
     * begins with one of {@link #BEGIN} or holds one of {@link #OVERAL}. A text that is a yes or no
     * on its own is no non-answer: it is read as that boolean.
     */
    static Optional<String> geenAntwoord(String tekst) {
        if (jaNee(tekst).isPresent()) {
            return Optional.empty();
        }
        String ontdaan = AANHALINGSTEKENS.matcher(tekst.trim()).replaceAll("");
        if (!ontdaan.equals(tekst.trim())) {
            // 'nee' written with its quotes inside the text is still a no
            Optional<String> binnen = jaNee(ontdaan).isPresent() ? Optional.of(ontdaan) : geenAntwoord(ontdaan);
            if (binnen.isPresent()) {
                return binnen;
            }
        }
        Matcher m = BEGIN_PATROON.matcher(tekst);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        m = OVERAL_PATROON.matcher(tekst);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether evidence text is only one of the short words of {@link #HEEL} ("open", "x"). */
    static boolean heelKortGeenAntwoord(String tekst) {
        return HEEL.contains(SLOTTEKEN.matcher(tekst.trim().toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    /** Whether the whole text (trimmed, without a closing full stop) is one of the non-answer words. */
    static boolean heelGeenAntwoord(String tekst) {
        String s = SLOTTEKEN.matcher(tekst.trim().toLowerCase(Locale.ROOT)).replaceAll("");
        return !s.isEmpty() && (BEGIN.contains(s) || OVERAL.contains(s) || s.chars().allMatch(c -> "?-–—.…".indexOf(c) >= 0));
    }

    /**
     * The same check as {@link #geenAntwoord}, as an ECMA-262 pattern for the JSON Schema (which has no
     * case-insensitive flag, so every letter becomes a class such as {@code [Nn]}).
     */
    public static String schemapatroonBegin() {
        return "^\\s*(" + BEGIN.stream().map(Antwoord::zonderHoofdletters).collect(Collectors.joining("|")) + ")([^" + WOORDTEKEN + "]|$)";
    }

    /** The phrases of {@link #OVERAL} as a schema pattern. */
    public static String schemapatroonOveral() {
        return "(^|[^" + WOORDTEKEN + "])(" + OVERAL.stream().map(Antwoord::zonderHoofdletters).collect(Collectors.joining("|"))
                + ")([^" + WOORDTEKEN + "]|$)";
    }

    /** A whole text that is a yes or no in any spelling (the schema lets it pass as the boolean it is). */
    public static String schemapatroonJaNee() {
        return "^\\s*(" + java.util.stream.Stream.concat(JA.stream(), NEE.stream()).sorted()
                .map(Antwoord::zonderHoofdletters).collect(Collectors.joining("|")) + ")\\s*$";
    }

    /** A whole text that is only a non-answer word, for list items and titles ({@link #heelGeenAntwoord}). */
    public static String schemapatroonHeel() {
        return "^\\s*((" + java.util.stream.Stream.concat(BEGIN.stream(), OVERAL.stream()).map(Antwoord::zonderHoofdletters)
                .collect(Collectors.joining("|")) + ")[.!]*|[-?–—.…]+)\\s*$";
    }

    /** "Ja" → "[Jj][Aa]", the rest escaped. */
    static String zonderHoofdletters(String woord) {
        StringBuilder s = new StringBuilder();
        for (char c : woord.toCharArray()) {
            if (Character.isLetter(c)) {
                s.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']');
            } else if (c == ' ') {
                s.append("\\s+");
            } else if ("\\.?*+()[]{}|^$".indexOf(c) >= 0) {
                s.append('\\').append(c);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static String alternatieven(List<String> woorden) {
        return woorden.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }

    /** What to write instead of a non-answer, for the message. */
    static String inPlaatsDaarvan(String tekst) {
        return "`nee`, `{voldaan: false, toelichting: \"" + YamlKnoop.kort(tekst).replace("\"", "'") + "\"}`, of laat de sleutel weg";
    }
}
