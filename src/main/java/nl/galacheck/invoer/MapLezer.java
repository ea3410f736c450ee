package nl.galacheck.invoer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Herkomst;

/**
 * Typed, located access to one YAML object of a region file. Every read names the key it expects,
 * so {@link #sluit()} can report the keys nobody asked for, with the nearest known one.
 * Problems are collected, never thrown: a user sees all of them at once. The forms a value takes
 * (text, evidence, lists, years) are read by {@link Bewijsvormen}; messages are {@link Invoerfout}s.
 */
final class MapLezer {

    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");

    private final YamlKnoop knoop;
    private final Herkomst herkomst;
    private final List<Invoerfout> fouten;
    private final Set<String> bekend = new LinkedHashSet<>();

    private MapLezer(YamlKnoop knoop, Herkomst herkomst, List<Invoerfout> fouten) {
        this.knoop = knoop;
        this.herkomst = herkomst;
        this.fouten = fouten;
    }

    /** A reader over {@code knoop}, which must be an object; a non-object is reported and read as empty. */
    static MapLezer van(YamlKnoop knoop, List<Invoerfout> fouten) {
        if (knoop.soort() == YamlKnoop.Soort.MAP) {
            return new MapLezer(knoop, knoop.herkomst(), fouten);
        }
        if (knoop.soort() != YamlKnoop.Soort.NULL) {
            fouten.add(Invoerfout.bij(knoop.herkomst(), "verkeerd type", "een object (sleutel: waarde)", knoop.omschrijving()));
        }
        return afwezig(knoop.herkomst(), fouten);
    }

    static MapLezer leeg(Herkomst herkomst, List<Invoerfout> fouten) {
        return new MapLezer(null, herkomst, fouten);
    }

    Herkomst herkomst() {
        return herkomst;
    }

    boolean isAanwezig() {
        return knoop != null;
    }

    boolean heeft(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        return k != null && k.soort() != YamlKnoop.Soort.NULL;
    }

    YamlKnoop ruw(String sleutel) {
        bekend.add(sleutel);
        return knoop == null ? null : knoop.velden().get(sleutel);
    }

    private Herkomst ontbrekend(String sleutel) {
        return herkomst.ontbrekend(sleutel);
    }

    /** Whether the value under {@code sleutel} is written as an object. */
    boolean isObject(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        return k != null && k.soort() == YamlKnoop.Soort.MAP;
    }

    /** Whether the value under {@code sleutel} is written as a list. */
    boolean isLijst(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        return k != null && k.soort() == YamlKnoop.Soort.LIJST;
    }

    /** A nested object; absent or null gives an empty reader whose facts are all absent. */
    MapLezer map(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        if (k == null) {
            return leeg(ontbrekend(sleutel), fouten);
        }
        return van(k, fouten);
    }

    /** Every key of this object with its value, all counted as asked for (the caller checks the names). */
    Map<String, YamlKnoop> alleVelden() {
        if (knoop == null) {
            return Map.of();
        }
        bekend.addAll(knoop.velden().keySet());
        return knoop.velden();
    }

    /** An empty reader whose facts are all absent, placed at {@code waar}. */
    static MapLezer afwezig(Herkomst waar, List<Invoerfout> fouten) {
        return leeg(new Herkomst(waar.bestand(), waar.regel(), waar.kolom(), waar.pad(), false), fouten);
    }

    /** A list of objects; absent gives null, so callers can tell absent from empty. */
    List<MapLezer> lijstVanObjecten(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() == YamlKnoop.Soort.NULL) {
            return null;
        }
        if (k.soort() != YamlKnoop.Soort.LIJST) {
            fouten.add(Invoerfout.bij(k.herkomst(), "verkeerd type", "een lijst van objecten", k.omschrijving()));
            return null;
        }
        List<MapLezer> lezers = new ArrayList<>();
        for (YamlKnoop e : k.elementen()) {
            lezers.add(van(e, fouten));
        }
        return lezers;
    }

    /** Where a list of objects stands in the file, as a fact: absent, or present with its item count. */
    Feit aanwezigheid(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() == YamlKnoop.Soort.NULL) {
            return Feit.afwezig(ontbrekend(sleutel));
        }
        return new Feit(k.herkomst(), Feit.Stand.JA, null, null, null, null, List.of());
    }

    /** Free text (a name, a code, a value from a list); see {@link Bewijsvormen#tekst}. */
    Feit tekst(String sleutel) {
        return Bewijsvormen.tekst(ruw(sleutel), sleutel, ontbrekend(sleutel), fouten);
    }

    /** Free text that may also be one keyword of the format (B1.3's {@code niet-van-toepassing}), kept as its value. */
    Feit tekst(String sleutel, String trefwoord) {
        YamlKnoop k = ruw(sleutel);
        if (k != null && k.soort() == YamlKnoop.Soort.TEKST && k.tekst().trim().equalsIgnoreCase(trefwoord)) {
            return new Feit(k.herkomst(), Feit.Stand.JA, null, trefwoord, null, null, List.of());
        }
        return tekst(sleutel);
    }

    /** Text that must be present; reports its absence. */
    String verplichteTekst(String sleutel, String verwacht) {
        Feit f = tekst(sleutel);
        if (f.isAfwezig() || f.waarde() == null) {
            if (f.herkomst().aanwezig()) {
                return null;
            }
            fouten.add(Invoerfout.bij(f.herkomst(), "verplichte sleutel '" + sleutel + "' ontbreekt", verwacht, null));
            return null;
        }
        return f.waarde();
    }

    /** A CBS municipality code such as GM0363. */
    Feit gemeentecode(String sleutel) {
        Feit f = tekst(sleutel);
        if (f.isJa() && f.waarde().equals(Plaatshouder.GEMEENTECODE)) {
            fouten.add(Invoerfout.bij(f.herkomst(), "'" + f.waarde() + "' is de plaatshouder uit het sjabloon", "de CBS-code van de gemeente (GM0363)", null));
            return Feit.afwezig(f.herkomst());
        }
        if (f.isJa() && !GEMEENTECODE.matcher(f.waarde()).matches()) {
            fouten.add(Invoerfout.bij(f.herkomst(), "ongeldige gemeentecode", "CBS-code GM gevolgd door vier cijfers (GM0363)", "'" + f.waarde() + "'"));
            return Feit.afwezig(f.herkomst());
        }
        return f;
    }

    /** A whole number 0 or more; absent gives null. */
    Integer geheelGetal(String sleutel) {
        return Bewijsvormen.geheelGetal(ruw(sleutel), fouten);
    }

    /** A percentage 0–100; absent gives null. */
    java.math.BigDecimal percentage(String sleutel) {
        return Bewijsvormen.percentage(ruw(sleutel), fouten);
    }

    /** A plain date; absent gives null. */
    LocalDate datum(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() == YamlKnoop.Soort.NULL) {
            return null;
        }
        if (k.soort() == YamlKnoop.Soort.TEKST) {
            return Tekstbewijs.datum(k, fouten);
        }
        fouten.add(Invoerfout.bij(k.herkomst(), "verkeerd type", "een datum (JJJJ-MM-DD)", k.omschrijving()));
        return null;
    }

    /** One of a fixed set of values, compared after {@code normaliseer}. */
    Feit keuze(String sleutel, Collection<String> toegestaan) {
        YamlKnoop k = ruw(sleutel);
        if (k != null && k.soort() == YamlKnoop.Soort.TEKST && toegestaan.contains(k.tekst())) {
            // a word of the format's own vocabulary ("geen", "niet-gestart") is a value, not a non-answer
            return new Feit(k.herkomst(), Feit.Stand.JA, null, k.tekst(), null, null, List.of());
        }
        Feit f = tekst(sleutel);
        if (f.isJa() && !toegestaan.contains(f.waarde())) {
            fouten.add(Invoerfout.bij(f.herkomst(), "onbekende waarde '" + f.waarde() + "'" + Levenshtein.suggestie(f.waarde(), toegestaan),
                    "een van: " + String.join(", ", toegestaan.stream().sorted().toList()), null));
            return Feit.afwezig(f.herkomst());
        }
        return f;
    }

    /**
     * Evidence that may also be one keyword of the format (OK.7's {@code niet-nodig}), which the rules read as
     * its value; any other text is evidence as in {@link #bewijs(String)}.
     */
    Feit bewijs(String sleutel, String trefwoord) {
        YamlKnoop k = ruw(sleutel);
        if (k != null && k.soort() == YamlKnoop.Soort.TEKST && k.tekst().trim().equalsIgnoreCase(trefwoord)) {
            return new Feit(k.herkomst(), Feit.Stand.JA, null, trefwoord, null, null, List.of());
        }
        return bewijs(sleutel);
    }

    /** Evidence, with a reader over the object's other keys; see {@link Bewijsvormen#bewijs}. */
    Bewijs bewijsObject(String sleutel) {
        return Bewijsvormen.bewijs(ruw(sleutel), ontbrekend(sleutel), fouten);
    }

    /** Evidence without extra keys; see {@link #bewijsObject(String)}. */
    Feit bewijs(String sleutel) {
        Bewijs b = bewijsObject(sleutel);
        b.velden().sluit();
        return b.feit();
    }

    /** A list of short values, each normalised (null: rejected); see {@link Bewijsvormen#lijst}. */
    Feit lijst(String sleutel, UnaryOperator<YamlWaarde> normaliseer) {
        return Bewijsvormen.lijst(ruw(sleutel), ontbrekend(sleutel), normaliseer, fouten);
    }

    /** A list of parts, each a value or {@code {onderdeel, jaren}}; see {@link Bewijsvormen#onderdelenMetJaren}. */
    Feit onderdelenMetJaren(String sleutel, UnaryOperator<YamlWaarde> normaliseer) {
        return Bewijsvormen.onderdelenMetJaren(ruw(sleutel), ontbrekend(sleutel), normaliseer, fouten);
    }

    /** Years of delivery, {@code [2023]} or {@code {jaar, datum, bron}}; see {@link Bewijsvormen#jaren}. */
    Feit jaren(String sleutel) {
        return Bewijsvormen.jaren(ruw(sleutel), ontbrekend(sleutel), fouten);
    }

    /** A list of free values. */
    Feit lijst(String sleutel) {
        return lijst(sleutel, UnaryOperator.identity());
    }

    /** Reports every key of this object that no read asked for, with the nearest known key. */
    void sluit() {
        if (knoop == null) {
            return;
        }
        for (Map.Entry<String, YamlKnoop> e : knoop.velden().entrySet()) {
            if (!bekend.contains(e.getKey())) {
                Herkomst h = e.getValue().herkomst();
                fouten.add(Invoerfout.bij(h, "onbekende sleutel '" + e.getKey() + "'" + Levenshtein.suggestie(e.getKey(), bekend),
                        "een van: " + String.join(", ", bekend), null));
            }
        }
    }

    void fout(Herkomst waar, String melding, String verwacht) {
        fouten.add(Invoerfout.bij(waar, melding, verwacht, null));
    }

    /** Evidence plus a reader over the object's other keys. */
    record Bewijs(Feit feit, MapLezer velden) {
    }

    /** One list item as written, with its place. */
    record YamlWaarde(String tekst, Herkomst herkomst) {
    }
}
