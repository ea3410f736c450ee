package nl.galacheck.invoer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Herkomst;

/**
 * Reads evidence written as text: a yes or no in any spelling, a date in the one notation, or the
 * name of a document. Text that says no, "unknown" or "later", a date in another notation, or a
 * placeholder from the template is an input error: it is never counted as met (README, "Vrije tekst
 * en datums").
 */
final class Tekstbewijs {

    // compiled once: these run for every text value of every file
    private static final java.util.regex.Pattern GETAL = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");

    private static final String DATUM_VERWACHT = "een datum JJJJ-MM-DD";

    private Tekstbewijs() {
    }

    /** The fact {@code k} (a text node) is evidence of; an absent fact, with an error, when it is none. */
    static Feit lees(YamlKnoop k, List<Invoerfout> fouten) {
        String s = k.tekst();
        Herkomst h = k.herkomst();
        if (s.isBlank()) {
            // only spaces: the file does not say, as with an empty value
            return Feit.afwezig(h);
        }
        Optional<Boolean> jaNee = Antwoord.jaNee(s);
        if (jaNee.isPresent()) {
            return new Feit(h, jaNee.get() ? Feit.Stand.JA : Feit.Stand.NEE, null, null, null, null, List.of());
        }
        if (Datumnotatie.isIso(s.trim()) || Datumnotatie.zoek(s).filter(d -> d.geschreven().equals(s.trim())).isPresent()
                || Datumnotatie.alleenMaand(s).isPresent()) {
            LocalDate d = datum(k, fouten);
            return d == null ? Feit.afwezig(h) : new Feit(h, Feit.Stand.JA, d, null, null, null, List.of());
        }
        if (!isGeldigeTekst(k, fouten)) {
            return Feit.afwezig(h);
        }
        if (Antwoord.heelKortGeenAntwoord(s)) {
            fouten.add(Invoerfout.bij(h, "'" + s.trim() + "' is geen bewijs: het zegt niet wat er is", Antwoord.inPlaatsDaarvan(s), null));
            return Feit.afwezig(h);
        }
        if (GETAL.matcher(s.trim()).matches()) {
            // "1", "2023", "20230703": a number says neither yes nor which document, nor (as a day) when
            fouten.add(Invoerfout.bij(h, "'" + s.trim() + "' is een getal, geen bewijs", "ja, nee, een datum JJJJ-MM-DD of de titel van het document", null));
            return Feit.afwezig(h);
        }
        if (periode(k, s, fouten)) {
            return Feit.afwezig(h);
        }
        Optional<Datumnotatie.Gevonden> datum = Datumnotatie.zoek(zonderUrl(s));
        if (datum.isPresent()) {
            fouten.add(Invoerfout.bij(h, "tekst met een datum ('" + datum.get().geschreven() + "'): de datum gaat anders verloren",
                    "{datum: " + (datum.get().bedoeld().isEmpty() ? "JJJJ-MM-DD" : datum.get().bedoeld().get(0))
                            + ", bron: \"" + YamlKnoop.kort(s).replace("\"", "'") + "\"}", null));
            return Feit.afwezig(h);
        }
        return new Feit(h, Feit.Stand.JA, null, s, null, null, List.of());
    }

    /**
     * Whether a text may stand as evidence or a name: no non-answer ("nee, nog niet", "onbekend", "?")
     * and no placeholder. Reports what it finds.
     */
    static boolean isGeldigeTekst(YamlKnoop k, List<Invoerfout> fouten) {
        String s = k.tekst();
        if (s.isBlank()) {
            fouten.add(Invoerfout.bij(k.herkomst(), "alleen spaties", "een naam of tekst, of laat de sleutel weg", null));
            return false;
        }
        if (Plaatshouder.is(s)) {
            fouten.add(Invoerfout.bij(k.herkomst(), "'" + s + "' is de plaatshouder uit het sjabloon", Plaatshouder.verwacht(s), null));
            return false;
        }
        Optional<String> woorden = Antwoord.geenAntwoord(s);
        if (woorden.isPresent()) {
            fouten.add(Invoerfout.bij(k.herkomst(), "'" + YamlKnoop.kort(s) + "' is geen bewijs: '" + woorden.get().trim()
                    + "' zegt nee, onbekend of later", Antwoord.inPlaatsDaarvan(s), null));
            return false;
        }
        return true;
    }

    /** Whether a name or title may stand: no placeholder, and not only a non-answer ("onbekend", "?"). */
    static boolean isGeldigeNaam(YamlKnoop k, List<Invoerfout> fouten) {
        if (k.tekst().isBlank() || Plaatshouder.is(k.tekst()) || Antwoord.heelGeenAntwoord(k.tekst())) {
            return isGeldigeTekst(k, fouten);
        }
        return true;
    }

    /**
     * A date in the one notation. Another notation is reported with the ISO date it probably means
     * ("bedoelde u 2023-07-03?"), a date that does not exist as such; both give null.
     */
    static LocalDate datum(YamlKnoop k, List<Invoerfout> fouten) {
        String s = k.tekst().trim();
        Herkomst h = k.herkomst();
        if (Datumnotatie.isIso(s)) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                fouten.add(Invoerfout.bij(h, "ongeldige datum '" + s + "'", "een bestaande datum JJJJ-MM-DD", null));
                return null;
            }
        }
        Optional<String> maand = Datumnotatie.alleenMaand(s);
        if (maand.isPresent()) {
            fouten.add(Invoerfout.bij(h, "'" + s + "' noemt een maand, geen dag — bedoelde u " + maand.get() + "-01?", DATUM_VERWACHT, null));
            return null;
        }
        Optional<Datumnotatie.Gevonden> d = Datumnotatie.zoek(s).filter(g -> g.geschreven().equals(s));
        if (d.isPresent() && !d.get().bedoeld().isEmpty()) {
            fouten.add(Invoerfout.bij(h, "datum in een andere notatie '" + s + "' — bedoelde u " + d.get().iso() + "?", DATUM_VERWACHT, null));
        } else if (d.isPresent()) {
            fouten.add(Invoerfout.bij(h, "ongeldige datum '" + s + "'", "een bestaande datum JJJJ-MM-DD", null));
        } else {
            fouten.add(Invoerfout.bij(h, "verkeerd type", "een datum (JJJJ-MM-DD)", k.omschrijving()));
        }
        return null;
    }

    /**
     * Evidence given as an object with {@code bron} or {@code toelichting} but no {@code datum}: a date
     * in those texts would be lost ("voldaan, datum onbekend"), so it must stand in {@code datum}.
     */
    static void datumInTekst(Herkomst h, String bron, String toelichting, List<Invoerfout> fouten) {
        for (String tekst : new String[] {bron, toelichting}) {
            Optional<Datumnotatie.Gevonden> d = tekst == null ? Optional.empty() : Datumnotatie.zoek(zonderUrl(tekst));
            if (d.isPresent()) {
                fouten.add(Invoerfout.bij(h, "het bewijs noemt een datum ('" + d.get().geschreven() + "') maar heeft geen `datum`",
                        "datum: " + (d.get().bedoeld().isEmpty() ? "JJJJ-MM-DD" : d.get().bedoeld().get(0)), null));
                return;
            }
        }
    }

    /** Reports a period where a day belongs ("Q3 2024", "medio 2023", "1 juli '23"); true when there is one. */
    static boolean periode(YamlKnoop k, String tekst, List<Invoerfout> fouten) {
        Optional<String> p = Datumnotatie.periode(zonderUrl(tekst));
        p.ifPresent(w -> fouten.add(Invoerfout.bij(k.herkomst(), "'" + w + "' noemt een periode of een jaar in twee cijfers, geen dag: "
                + "zo is niet te zien of de termijn gehaald is", "{datum: JJJJ-MM-DD, bron: \"" + YamlKnoop.kort(tekst).replace("\"", "'") + "\"}", null)));
        return p.isPresent();
    }

    /** A URL often carries a date in its path; that date says nothing about when something was met. */
    private static String zonderUrl(String s) {
        return URL.matcher(s).replaceAll(" ");
    }
}
