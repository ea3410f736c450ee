package nl.galacheck.invoer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Herkomst;

/**
 * Typed, located access to one YAML object of a region file. Every read names the key it expects,
 * so {@link #sluit()} can report the keys nobody asked for, with the nearest known one.
 * Problems are collected, never thrown: a user sees all of them at once.
 */
final class MapLezer {

    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");
    /** Keys whose text describes (a document, a name) rather than answers; see {@link #isGeldigeTekst}. */
    private static final Set<String> VRIJ = Set.of("bron", "toelichting", "naam", "afspraak");
    private static final String BEWIJS_VERWACHT = "ja/nee, een datum (JJJJ-MM-DD) of een object {datum, bron, toelichting}";

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
            fouten.add(fout(knoop.herkomst(), "verkeerd type", "een object (sleutel: waarde)", knoop.omschrijving()));
        }
        return leeg(afwezig(knoop.herkomst()), fouten);
    }

    private static Herkomst afwezig(Herkomst h) {
        return new Herkomst(h.bestand(), h.regel(), h.kolom(), h.pad(), false);
    }

    private static MapLezer leeg(Herkomst herkomst, List<Invoerfout> fouten) {
        return new MapLezer(null, herkomst, fouten);
    }

    Herkomst herkomst() {
        return herkomst;
    }

    boolean isAanwezig() {
        return knoop != null;
    }

    boolean heeft(String sleutel) {
        bekend.add(sleutel);
        YamlKnoop k = ruw(sleutel);
        return k != null && k.soort() != YamlKnoop.Soort.NULL;
    }

    private YamlKnoop ruw(String sleutel) {
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

    /**
     * This object read as a map from names to objects (the ketenaanpakken of a region or municipality):
     * each key is put through {@code canoniek}; a name it does not know, or two names for the same
     * thing, is reported. The result is keyed by canonical name, in file order.
     */
    Map<String, MapLezer> objectenPerNaam(Function<String, Optional<String>> canoniek, Collection<String> alleNamen) {
        Map<String, MapLezer> resultaat = new java.util.LinkedHashMap<>();
        if (knoop == null) {
            return resultaat;
        }
        Map<String, String> gezien = new java.util.HashMap<>();
        for (Map.Entry<String, YamlKnoop> e : knoop.velden().entrySet()) {
            bekend.add(e.getKey());
            Herkomst h = e.getValue().herkomst();
            Optional<String> naam = canoniek.apply(e.getKey());
            if (naam.isEmpty()) {
                fouten.add(fout(h, "onbekende ketenaanpak '" + e.getKey() + "'" + suggestie(e.getKey(), alleNamen),
                        "een van: " + String.join(", ", alleNamen), null));
                continue;
            }
            String eerder = gezien.putIfAbsent(naam.get(), e.getKey());
            if (eerder != null) {
                fouten.add(fout(h, "'" + e.getKey() + "' is dezelfde ketenaanpak als '" + eerder + "'", "elke ketenaanpak één keer", null));
                continue;
            }
            resultaat.put(naam.get(), van(e.getValue(), fouten));
        }
        return resultaat;
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
            fouten.add(fout(k.herkomst(), "verkeerd type", "een lijst van objecten", k.omschrijving()));
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

    /**
     * Free text (a name, a code, a value from a list); absent gives an absent fact. A no in any
     * spelling is an explicit no; a yes, a non-answer or a placeholder is an error, except in the
     * texts that only describe ({@link #VRIJ}).
     */
    Feit tekst(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() == YamlKnoop.Soort.NULL) {
            return Feit.afwezig(ontbrekend(sleutel));
        }
        if (k.soort() == YamlKnoop.Soort.TEKST && Antwoord.jaNee(k.tekst()).isPresent()) {
            if (!Antwoord.jaNee(k.tekst()).get()) {
                return new Feit(k.herkomst(), Feit.Stand.NEE, null, null, null, null, List.of());
            }
            if (!VRIJ.contains(sleutel)) {
                fouten.add(fout(k.herkomst(), "'" + k.tekst() + "' zegt niet wie of wat", "een naam of waarde, of nee", null));
                return Feit.afwezig(k.herkomst());
            }
        }
        if (k.soort() == YamlKnoop.Soort.TEKST && !isGeldigeTekst(sleutel, k)) {
            return Feit.afwezig(k.herkomst());
        }
        if (k.soort() == YamlKnoop.Soort.TEKST || k.soort() == YamlKnoop.Soort.GETAL) {
            return new Feit(k.herkomst(), Feit.Stand.JA, null, k.tekst(), null, null, List.of());
        }
        if (k.soort() == YamlKnoop.Soort.BOOLEAN && !(Boolean) k.scalar()) {
            return new Feit(k.herkomst(), Feit.Stand.NEE, null, null, null, null, List.of());
        }
        fouten.add(fout(k.herkomst(), "verkeerd type", "tekst", k.omschrijving()));
        return Feit.afwezig(k.herkomst());
    }

    /** Free text that may also be one keyword of the format (B1.3's {@code niet-van-toepassing}), kept as its value. */
    Feit tekst(String sleutel, String trefwoord) {
        YamlKnoop k = ruw(sleutel);
        if (k != null && k.soort() == YamlKnoop.Soort.TEKST && k.tekst().trim().equalsIgnoreCase(trefwoord)) {
            return new Feit(k.herkomst(), Feit.Stand.JA, null, trefwoord, null, null, List.of());
        }
        return tekst(sleutel);
    }

    /**
     * A text is checked for non-answers unless it only describes: {@code toelichting} is read with the
     * evidence it explains, and a {@code bron} or a name may be a title such as "Geen Zorgen", so only a
     * whole non-answer ("onbekend", "?") is refused there.
     */
    private boolean isGeldigeTekst(String sleutel, YamlKnoop k) {
        if (sleutel.equals("toelichting")) {
            return true;
        }
        return VRIJ.contains(sleutel) ? Tekstbewijs.isGeldigeNaam(k, fouten) : Tekstbewijs.isGeldigeTekst(k, fouten);
    }

    /** Text that must be present; reports its absence. */
    String verplichteTekst(String sleutel, String verwacht) {
        Feit f = tekst(sleutel);
        if (f.isAfwezig() || f.waarde() == null) {
            if (f.herkomst().aanwezig()) {
                return null;
            }
            fouten.add(fout(f.herkomst(), "verplichte sleutel '" + sleutel + "' ontbreekt", verwacht, null));
            return null;
        }
        return f.waarde();
    }

    /** A CBS municipality code such as GM0363. */
    Feit gemeentecode(String sleutel) {
        Feit f = tekst(sleutel);
        if (f.isJa() && f.waarde().equals(Plaatshouder.GEMEENTECODE)) {
            fouten.add(fout(f.herkomst(), "'" + f.waarde() + "' is de plaatshouder uit het sjabloon", "de CBS-code van de gemeente (GM0363)", null));
            return Feit.afwezig(f.herkomst());
        }
        if (f.isJa() && !GEMEENTECODE.matcher(f.waarde()).matches()) {
            fouten.add(fout(f.herkomst(), "ongeldige gemeentecode", "CBS-code GM gevolgd door vier cijfers (GM0363)", "'" + f.waarde() + "'"));
            return Feit.afwezig(f.herkomst());
        }
        return f;
    }

    Integer geheelGetal(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() == YamlKnoop.Soort.NULL) {
            return null;
        }
        if (k.soort() == YamlKnoop.Soort.GETAL && k.scalar() instanceof java.math.BigDecimal n && n.signum() >= 0
                && n.stripTrailingZeros().scale() <= 0 && n.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return n.intValueExact();
        }
        fouten.add(fout(k.herkomst(), "verkeerd type", "een geheel getal", k.omschrijving()));
        return null;
    }

    /** A percentage 0–100; absent gives null. */
    java.math.BigDecimal percentage(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() == YamlKnoop.Soort.NULL) {
            return null;
        }
        if (k.soort() == YamlKnoop.Soort.GETAL && k.scalar() instanceof java.math.BigDecimal n
                && n.signum() >= 0 && n.compareTo(java.math.BigDecimal.valueOf(100)) <= 0) {
            return n;
        }
        fouten.add(fout(k.herkomst(), "verkeerd type", "een percentage van 0 tot en met 100", k.omschrijving()));
        return null;
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
        fouten.add(fout(k.herkomst(), "verkeerd type", "een datum (JJJJ-MM-DD)", k.omschrijving()));
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
            fouten.add(fout(f.herkomst(), "onbekende waarde '" + f.waarde() + "'" + suggestie(f.waarde(), toegestaan),
                    "een van: " + String.join(", ", toegestaan.stream().sorted().toList()), null));
            return Feit.afwezig(f.herkomst());
        }
        return f;
    }

    /**
     * Evidence that something is met: ja/nee, a date, free text, or {datum, bron, toelichting, voldaan}.
     * Extra keys of the object are left for the caller through {@link Bewijs#velden()}.
     */
    Bewijs bewijsObject(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() == YamlKnoop.Soort.NULL) {
            return new Bewijs(Feit.afwezig(ontbrekend(sleutel)), leeg(ontbrekend(sleutel), fouten));
        }
        MapLezer geen = leeg(k.herkomst(), fouten);
        switch (k.soort()) {
            case BOOLEAN:
                return new Bewijs(jaNee(k, (Boolean) k.scalar()), geen);
            case TEKST:
                return new Bewijs(Tekstbewijs.lees(k, fouten), geen);
            case MAP: {
                if (k.velden().values().stream().allMatch(v -> v.soort() == YamlKnoop.Soort.NULL
                        || (v.soort() == YamlKnoop.Soort.TEKST && v.tekst().isBlank()))) {
                    // {} or only empty values: the file does not say, as when the key is absent
                    return new Bewijs(Feit.afwezig(k.herkomst()), geen);
                }
                MapLezer m = van(k, fouten);
                LocalDate d = m.datum("datum");
                String bron = m.tekst("bron").waarde();
                String toelichting = m.tekst("toelichting").waarde();
                boolean voldaan = true;
                if (m.heeft("voldaan")) {
                    YamlKnoop v = m.ruw("voldaan");
                    Optional<Boolean> jaNee = v.soort() == YamlKnoop.Soort.BOOLEAN ? Optional.of((Boolean) v.scalar())
                            : v.soort() == YamlKnoop.Soort.TEKST ? Antwoord.jaNee(v.tekst()) : Optional.empty();
                    if (jaNee.isPresent()) {
                        voldaan = jaNee.get();
                    } else {
                        fouten.add(fout(v.herkomst(), "verkeerd type", "ja of nee", v.omschrijving()));
                    }
                }
                if (voldaan) {
                    // met, so an explanation that says "no" or "later" contradicts it, and a date must be read
                    // the same words are no evidence inside an object either: a source or an explanation
                    for (String veld : new String[] {"bron", "toelichting"}) {
                        YamlKnoop t = m.ruw(veld);
                        if (t != null && t.soort() == YamlKnoop.Soort.TEKST && Antwoord.geenAntwoord(t.tekst()).isPresent()) {
                            fouten.add(fout(t.herkomst(), "de " + veld + " '" + YamlKnoop.kort(t.tekst()) + "' zegt nee, onbekend of later",
                                    "voldaan: false erbij, of een " + veld + " van wat er wél is", null));
                        } else if (t != null && t.soort() == YamlKnoop.Soort.TEKST && d == null) {
                            Tekstbewijs.periode(t, t.tekst(), fouten);
                        }
                    }
                    if (d == null && !m.heeft("datum")) {
                        Tekstbewijs.datumInTekst(k.herkomst(), bron, toelichting, fouten);
                    }
                }
                Feit f = new Feit(k.herkomst(), voldaan ? Feit.Stand.JA : Feit.Stand.NEE, d, null, bron, toelichting, List.of());
                return new Bewijs(f, m);
            }
            default:
                fouten.add(fout(k.herkomst(), "verkeerd type", BEWIJS_VERWACHT, k.omschrijving()));
                return new Bewijs(Feit.afwezig(k.herkomst()), geen);
        }
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

    /** Evidence without extra keys; see {@link #bewijsObject(String)}. */
    Feit bewijs(String sleutel) {
        Bewijs b = bewijsObject(sleutel);
        b.velden().sluit();
        return b.feit();
    }

    /**
     * A list of short values (parties, sources, ketenaanpakken). Absent gives an absent fact, {@code []}
     * an explicit empty list, {@code false} an explicit "none". Each item passes {@code normaliseer},
     * which returns null for a value it rejects (and reports it).
     */
    Feit lijst(String sleutel, UnaryOperator<YamlWaarde> normaliseer) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() == YamlKnoop.Soort.NULL) {
            return Feit.afwezig(ontbrekend(sleutel));
        }
        if (k.soort() == YamlKnoop.Soort.BOOLEAN && !(Boolean) k.scalar()
                || k.soort() == YamlKnoop.Soort.TEKST && Antwoord.jaNee(k.tekst()).filter(ja -> !ja).isPresent()) {
            return new Feit(k.herkomst(), Feit.Stand.NEE, null, null, null, null, List.of());
        }
        if (k.soort() != YamlKnoop.Soort.LIJST) {
            fouten.add(fout(k.herkomst(), "verkeerd type", "een lijst [a, b, …]", k.omschrijving()));
            return Feit.afwezig(k.herkomst());
        }
        List<Feit> items = new ArrayList<>();
        for (YamlKnoop e : k.elementen()) {
            if (e.soort() != YamlKnoop.Soort.TEKST && e.soort() != YamlKnoop.Soort.GETAL) {
                fouten.add(fout(e.herkomst(), "verkeerd type", "een korte tekst", e.omschrijving()));
                continue;
            }
            if (e.soort() == YamlKnoop.Soort.TEKST && !Tekstbewijs.isGeldigeNaam(e, fouten)) {
                continue;
            }
            YamlWaarde w = normaliseer.apply(new YamlWaarde(e.tekst(), e.herkomst()));
            if (w != null) {
                items.add(new Feit(e.herkomst(), Feit.Stand.JA, null, w.tekst(), null, null, List.of()));
            }
        }
        return new Feit(k.herkomst(), Feit.Stand.JA, null, null, null, null, items);
    }

    /** A list of free values. */
    Feit lijst(String sleutel) {
        return lijst(sleutel, UnaryOperator.identity());
    }

    /**
     * A list of parts, each a plain value or {@code {onderdeel, jaren: [2023, 2024]}}: the part is the
     * item's value, its years (if given) the item's own items.
     */
    Feit onderdelenMetJaren(String sleutel, UnaryOperator<YamlWaarde> normaliseer) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() != YamlKnoop.Soort.LIJST
                || k.elementen().stream().noneMatch(e -> e.soort() == YamlKnoop.Soort.MAP)) {
            return lijst(sleutel, normaliseer);
        }
        List<Feit> items = new ArrayList<>();
        for (YamlKnoop e : k.elementen()) {
            if (e.soort() == YamlKnoop.Soort.MAP) {
                MapLezer m = van(e, fouten);
                Feit onderdeel = m.tekst("onderdeel");
                Feit jaren = m.jaren("jaren");
                m.sluit();
                YamlWaarde w = onderdeel.waarde() == null ? null : normaliseer.apply(new YamlWaarde(onderdeel.waarde(), onderdeel.herkomst()));
                if (onderdeel.waarde() == null) {
                    fouten.add(fout(e.herkomst(), "verplichte sleutel 'onderdeel' ontbreekt", "{onderdeel: valpreventie, jaren: [2023, 2024]}", null));
                } else if (w != null) {
                    items.add(new Feit(e.herkomst(), Feit.Stand.JA, null, w.tekst(), null, null, jaren.elementen()));
                }
            } else if (e.soort() == YamlKnoop.Soort.TEKST) {
                YamlWaarde w = normaliseer.apply(new YamlWaarde(e.tekst(), e.herkomst()));
                if (w != null) {
                    items.add(new Feit(e.herkomst(), Feit.Stand.JA, null, w.tekst(), null, null, List.of()));
                }
            } else {
                fouten.add(fout(e.herkomst(), "verkeerd type", "een onderdeel of {onderdeel, jaren}", e.omschrijving()));
            }
        }
        return new Feit(k.herkomst(), Feit.Stand.JA, null, null, null, null, items);
    }

    /**
     * The years for which something was delivered: {@code [2023, 2024]} or items
     * {@code {jaar, datum, bron}}. Each item is a fact whose value is the year.
     */
    Feit jaren(String sleutel) {
        YamlKnoop k = ruw(sleutel);
        if (k == null || k.soort() == YamlKnoop.Soort.NULL) {
            return Feit.afwezig(ontbrekend(sleutel));
        }
        if (k.soort() != YamlKnoop.Soort.LIJST) {
            fouten.add(fout(k.herkomst(), "verkeerd type", "een lijst van jaren [2023, 2024] of {jaar, datum, bron}", k.omschrijving()));
            return Feit.afwezig(k.herkomst());
        }
        List<Feit> items = new ArrayList<>();
        for (YamlKnoop e : k.elementen()) {
            if (e.soort() == YamlKnoop.Soort.GETAL && isJaar(e.scalar())) {
                String jaar = String.valueOf(((java.math.BigDecimal) e.scalar()).intValue());
                items.add(new Feit(e.herkomst(), Feit.Stand.JA, null, jaar, null, null, List.of()));
            } else if (e.soort() == YamlKnoop.Soort.MAP) {
                MapLezer m = van(e, fouten);
                Integer jaar = m.geheelGetal("jaar");
                LocalDate d = m.datum("datum");
                String bron = m.tekst("bron").waarde();
                m.tekst("toelichting");
                m.sluit();
                if (jaar == null || !isJaar(jaar)) {
                    fouten.add(fout(e.herkomst(), "jaar ontbreekt of is ongeldig", "{jaar: 2024, datum: …, bron: …}", null));
                } else {
                    items.add(new Feit(e.herkomst(), Feit.Stand.JA, d, String.valueOf(jaar), bron, null, List.of()));
                }
            } else {
                fouten.add(fout(e.herkomst(), "verkeerd type", "een jaartal (2024) of {jaar, datum, bron}", e.omschrijving()));
            }
        }
        return new Feit(k.herkomst(), Feit.Stand.JA, null, null, null, null, items);
    }

    private static boolean isJaar(Object o) {
        if (!(o instanceof Number getal)) {
            return false;
        }
        java.math.BigDecimal n = new java.math.BigDecimal(getal.toString());
        return n.stripTrailingZeros().scale() <= 0
                && n.compareTo(java.math.BigDecimal.valueOf(2000)) >= 0 && n.compareTo(java.math.BigDecimal.valueOf(2100)) <= 0;
    }

    /** Reports every key of this object that no read asked for, with the nearest known key. */
    void sluit() {
        if (knoop == null) {
            return;
        }
        for (Map.Entry<String, YamlKnoop> e : knoop.velden().entrySet()) {
            if (!bekend.contains(e.getKey())) {
                Herkomst h = e.getValue().herkomst();
                fouten.add(fout(h, "onbekende sleutel '" + e.getKey() + "'" + suggestie(e.getKey(), bekend),
                        "een van: " + String.join(", ", bekend), null));
            }
        }
    }

    void fout(Herkomst waar, String melding, String verwacht) {
        fouten.add(fout(waar, melding, verwacht, null));
    }

    private Feit jaNee(YamlKnoop k, boolean ja) {
        return new Feit(k.herkomst(), ja ? Feit.Stand.JA : Feit.Stand.NEE, null, null, null, null, List.of());
    }

    static Invoerfout fout(Herkomst h, String melding, String verwacht, String gevonden) {
        return new Invoerfout(h.bestand(), h.regel(), h.kolom(), h.pad(), melding, verwacht, gevonden);
    }

    /** " — bedoelde u `x`?" when a known word is close enough to be a typo. */
    static String suggestie(String gegeven, Collection<String> bekend) {
        return Levenshtein.suggestie(gegeven, bekend);
    }

    /** Evidence plus a reader over the object's other keys. */
    record Bewijs(Feit feit, MapLezer velden) {
    }

    /** One list item as written, with its place. */
    record YamlWaarde(String tekst, Herkomst herkomst) {
    }
}
