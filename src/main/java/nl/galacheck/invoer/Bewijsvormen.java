package nl.galacheck.invoer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Herkomst;

/**
 * The forms a value of a region file takes as a fact: text, evidence (ja/nee, a date, a document, an
 * object), a list of short values, a list of years, a number. Each reads one node ({@code null} when the key is
 * absent, then placed at {@code ontbrekend}) and collects its problems; {@link MapLezer} names the key.
 */
final class Bewijsvormen {

    /** Keys whose text describes (a document, a name) rather than answers; see {@link #isGeldigeTekst}. */
    private static final Set<String> VRIJ = Set.of("bron", "toelichting", "naam", "afspraak");
    private static final String BEWIJS_VERWACHT = "ja/nee, een datum (JJJJ-MM-DD) of een object {datum, bron, toelichting}";

    private Bewijsvormen() {
    }

    private static boolean leeg(YamlKnoop k) {
        return k == null || k.soort() == YamlKnoop.Soort.NULL;
    }

    /**
     * Free text (a name, a code, a value from a list); absent gives an absent fact. A no in any
     * spelling is an explicit no; a yes, a non-answer or a placeholder is an error, except in the
     * texts that only describe ({@link #VRIJ}).
     */
    static Feit tekst(YamlKnoop k, String sleutel, Herkomst ontbrekend, List<Invoerfout> fouten) {
        if (leeg(k)) {
            return Feit.afwezig(ontbrekend);
        }
        if (k.soort() == YamlKnoop.Soort.TEKST && Antwoord.jaNee(k.tekst()).isPresent()) {
            if (!Antwoord.jaNee(k.tekst()).get()) {
                return new Feit(k.herkomst(), Feit.Stand.NEE, null, null, null, null, List.of());
            }
            if (!VRIJ.contains(sleutel)) {
                fouten.add(Invoerfout.bij(k.herkomst(), "'" + k.tekst() + "' zegt niet wie of wat", "een naam of waarde, of nee", null));
                return Feit.afwezig(k.herkomst());
            }
        }
        if (k.soort() == YamlKnoop.Soort.TEKST && !isGeldigeTekst(sleutel, k, fouten)) {
            return Feit.afwezig(k.herkomst());
        }
        if (k.soort() == YamlKnoop.Soort.TEKST || k.soort() == YamlKnoop.Soort.GETAL) {
            return new Feit(k.herkomst(), Feit.Stand.JA, null, k.tekst(), null, null, List.of());
        }
        if (k.soort() == YamlKnoop.Soort.BOOLEAN && !(Boolean) k.scalar()) {
            return new Feit(k.herkomst(), Feit.Stand.NEE, null, null, null, null, List.of());
        }
        fouten.add(Invoerfout.bij(k.herkomst(), "verkeerd type", "tekst", k.omschrijving()));
        return Feit.afwezig(k.herkomst());
    }

    /**
     * A text is checked for non-answers unless it only describes: {@code toelichting} is read with the
     * evidence it explains, and a {@code bron} or a name may be a title such as "Geen Zorgen", so only a
     * whole non-answer ("onbekend", "?") is refused there.
     */
    private static boolean isGeldigeTekst(String sleutel, YamlKnoop k, List<Invoerfout> fouten) {
        if (sleutel.equals("toelichting")) {
            return true;
        }
        return VRIJ.contains(sleutel) ? Tekstbewijs.isGeldigeNaam(k, fouten) : Tekstbewijs.isGeldigeTekst(k, fouten);
    }

    /**
     * Evidence that something is met: ja/nee, a date, free text, or {datum, bron, toelichting, voldaan}.
     * Extra keys of the object are left for the caller through {@link MapLezer.Bewijs#velden()}.
     */
    static MapLezer.Bewijs bewijs(YamlKnoop k, Herkomst ontbrekend, List<Invoerfout> fouten) {
        if (leeg(k)) {
            return new MapLezer.Bewijs(Feit.afwezig(ontbrekend), MapLezer.leeg(ontbrekend, fouten));
        }
        MapLezer geen = MapLezer.leeg(k.herkomst(), fouten);
        switch (k.soort()) {
            case BOOLEAN:
                return new MapLezer.Bewijs(jaNee(k, (Boolean) k.scalar()), geen);
            case TEKST:
                return new MapLezer.Bewijs(Tekstbewijs.lees(k, fouten), geen);
            case MAP: {
                if (k.velden().values().stream().allMatch(v -> v.soort() == YamlKnoop.Soort.NULL
                        || (v.soort() == YamlKnoop.Soort.TEKST && v.tekst().isBlank()))) {
                    // {} or only empty values: the file does not say, as when the key is absent
                    return new MapLezer.Bewijs(Feit.afwezig(k.herkomst()), geen);
                }
                MapLezer m = MapLezer.van(k, fouten);
                return new MapLezer.Bewijs(bewijsobject(k, m, fouten), m);
            }
            default:
                fouten.add(Invoerfout.bij(k.herkomst(), "verkeerd type", BEWIJS_VERWACHT, k.omschrijving()));
                return new MapLezer.Bewijs(Feit.afwezig(k.herkomst()), geen);
        }
    }

    /** Evidence written as an object {datum, bron, toelichting, voldaan}. */
    private static Feit bewijsobject(YamlKnoop k, MapLezer m, List<Invoerfout> fouten) {
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
                fouten.add(Invoerfout.bij(v.herkomst(), "verkeerd type", "ja of nee", v.omschrijving()));
            }
        }
        if (voldaan) {
            // met, so an explanation that says "no" or "later" contradicts it, and a date must be read
            // the same words are no evidence inside an object either: a source or an explanation
            for (String veld : new String[] {"bron", "toelichting"}) {
                YamlKnoop t = m.ruw(veld);
                if (t != null && t.soort() == YamlKnoop.Soort.TEKST && Antwoord.geenAntwoord(t.tekst()).isPresent()) {
                    fouten.add(Invoerfout.bij(t.herkomst(), "de " + veld + " '" + YamlKnoop.kort(t.tekst()) + "' zegt nee, onbekend of later",
                            "voldaan: false erbij, of een " + veld + " van wat er wél is", null));
                } else if (t != null && t.soort() == YamlKnoop.Soort.TEKST && d == null) {
                    Tekstbewijs.periode(t, t.tekst(), fouten);
                }
            }
            if (d == null && !m.heeft("datum")) {
                Tekstbewijs.datumInTekst(k.herkomst(), bron, toelichting, fouten);
            }
        }
        return new Feit(k.herkomst(), voldaan ? Feit.Stand.JA : Feit.Stand.NEE, d, null, bron, toelichting, List.of());
    }

    private static Feit jaNee(YamlKnoop k, boolean ja) {
        return new Feit(k.herkomst(), ja ? Feit.Stand.JA : Feit.Stand.NEE, null, null, null, null, List.of());
    }

    /**
     * A list of short values (parties, sources, ketenaanpakken). Absent gives an absent fact, {@code []}
     * an explicit empty list, {@code false} an explicit "none". Each item passes {@code normaliseer},
     * which returns null for a value it rejects (and reports it).
     */
    static Feit lijst(YamlKnoop k, Herkomst ontbrekend, UnaryOperator<MapLezer.YamlWaarde> normaliseer, List<Invoerfout> fouten) {
        if (leeg(k)) {
            return Feit.afwezig(ontbrekend);
        }
        if (k.soort() == YamlKnoop.Soort.BOOLEAN && !(Boolean) k.scalar()
                || k.soort() == YamlKnoop.Soort.TEKST && Antwoord.jaNee(k.tekst()).filter(ja -> !ja).isPresent()) {
            return new Feit(k.herkomst(), Feit.Stand.NEE, null, null, null, null, List.of());
        }
        if (k.soort() != YamlKnoop.Soort.LIJST) {
            fouten.add(Invoerfout.bij(k.herkomst(), "verkeerd type", "een lijst [a, b, …]", k.omschrijving()));
            return Feit.afwezig(k.herkomst());
        }
        List<Feit> items = new ArrayList<>();
        for (YamlKnoop e : k.elementen()) {
            if (e.soort() != YamlKnoop.Soort.TEKST && e.soort() != YamlKnoop.Soort.GETAL) {
                fouten.add(Invoerfout.bij(e.herkomst(), "verkeerd type", "een korte tekst", e.omschrijving()));
                continue;
            }
            if (e.soort() == YamlKnoop.Soort.TEKST && !Tekstbewijs.isGeldigeNaam(e, fouten)) {
                continue;
            }
            MapLezer.YamlWaarde w = normaliseer.apply(new MapLezer.YamlWaarde(e.tekst(), e.herkomst()));
            if (w != null) {
                items.add(new Feit(e.herkomst(), Feit.Stand.JA, null, w.tekst(), null, null, List.of()));
            }
        }
        return new Feit(k.herkomst(), Feit.Stand.JA, null, null, null, null, items);
    }

    /**
     * A list of parts, each a plain value or {@code {onderdeel, jaren: [2023, 2024]}}: the part is the
     * item's value, its years (if given) the item's own items.
     */
    static Feit onderdelenMetJaren(YamlKnoop k, Herkomst ontbrekend, UnaryOperator<MapLezer.YamlWaarde> normaliseer,
                                   List<Invoerfout> fouten) {
        if (k == null || k.soort() != YamlKnoop.Soort.LIJST
                || k.elementen().stream().noneMatch(e -> e.soort() == YamlKnoop.Soort.MAP)) {
            return lijst(k, ontbrekend, normaliseer, fouten);
        }
        List<Feit> items = new ArrayList<>();
        for (YamlKnoop e : k.elementen()) {
            if (e.soort() == YamlKnoop.Soort.MAP) {
                MapLezer m = MapLezer.van(e, fouten);
                Feit onderdeel = m.tekst("onderdeel");
                Feit jaren = m.jaren("jaren");
                m.sluit();
                MapLezer.YamlWaarde w = onderdeel.waarde() == null ? null
                        : normaliseer.apply(new MapLezer.YamlWaarde(onderdeel.waarde(), onderdeel.herkomst()));
                if (onderdeel.waarde() == null) {
                    fouten.add(Invoerfout.bij(e.herkomst(), "verplichte sleutel 'onderdeel' ontbreekt", "{onderdeel: valpreventie, jaren: [2023, 2024]}", null));
                } else if (w != null) {
                    items.add(new Feit(e.herkomst(), Feit.Stand.JA, null, w.tekst(), null, null, jaren.elementen()));
                }
            } else if (e.soort() == YamlKnoop.Soort.TEKST) {
                MapLezer.YamlWaarde w = normaliseer.apply(new MapLezer.YamlWaarde(e.tekst(), e.herkomst()));
                if (w != null) {
                    items.add(new Feit(e.herkomst(), Feit.Stand.JA, null, w.tekst(), null, null, List.of()));
                }
            } else {
                fouten.add(Invoerfout.bij(e.herkomst(), "verkeerd type", "een onderdeel of {onderdeel, jaren}", e.omschrijving()));
            }
        }
        return new Feit(k.herkomst(), Feit.Stand.JA, null, null, null, null, items);
    }

    /**
     * The years for which something was delivered: {@code [2023, 2024]} or items
     * {@code {jaar, datum, bron}}. Each item is a fact whose value is the year.
     */
    static Feit jaren(YamlKnoop k, Herkomst ontbrekend, List<Invoerfout> fouten) {
        if (leeg(k)) {
            return Feit.afwezig(ontbrekend);
        }
        if (k.soort() != YamlKnoop.Soort.LIJST) {
            fouten.add(Invoerfout.bij(k.herkomst(), "verkeerd type", "een lijst van jaren [2023, 2024] of {jaar, datum, bron}", k.omschrijving()));
            return Feit.afwezig(k.herkomst());
        }
        List<Feit> items = new ArrayList<>();
        for (YamlKnoop e : k.elementen()) {
            if (e.soort() == YamlKnoop.Soort.GETAL && isJaar(e.scalar())) {
                String jaar = String.valueOf(((BigDecimal) e.scalar()).intValue());
                items.add(new Feit(e.herkomst(), Feit.Stand.JA, null, jaar, null, null, List.of()));
            } else if (e.soort() == YamlKnoop.Soort.MAP) {
                MapLezer m = MapLezer.van(e, fouten);
                Integer jaar = m.geheelGetal("jaar");
                LocalDate d = m.datum("datum");
                String bron = m.tekst("bron").waarde();
                m.tekst("toelichting");
                m.sluit();
                if (jaar == null || !isJaar(jaar)) {
                    fouten.add(Invoerfout.bij(e.herkomst(), "jaar ontbreekt of is ongeldig", "{jaar: 2024, datum: …, bron: …}", null));
                } else {
                    items.add(new Feit(e.herkomst(), Feit.Stand.JA, d, String.valueOf(jaar), bron, null, List.of()));
                }
            } else {
                fouten.add(Invoerfout.bij(e.herkomst(), "verkeerd type", "een jaartal (2024) of {jaar, datum, bron}", e.omschrijving()));
            }
        }
        return new Feit(k.herkomst(), Feit.Stand.JA, null, null, null, null, items);
    }

    /** A whole number 0 or more; absent gives null. */
    static Integer geheelGetal(YamlKnoop k, List<Invoerfout> fouten) {
        if (leeg(k)) {
            return null;
        }
        if (k.soort() == YamlKnoop.Soort.GETAL && k.scalar() instanceof BigDecimal n && n.signum() >= 0
                && n.stripTrailingZeros().scale() <= 0 && n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return n.intValueExact();
        }
        fouten.add(Invoerfout.bij(k.herkomst(), "verkeerd type", "een geheel getal", k.omschrijving()));
        return null;
    }

    /** A percentage 0–100; absent gives null. */
    static BigDecimal percentage(YamlKnoop k, List<Invoerfout> fouten) {
        if (leeg(k)) {
            return null;
        }
        if (k.soort() == YamlKnoop.Soort.GETAL && k.scalar() instanceof BigDecimal n
                && n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(100)) <= 0) {
            return n;
        }
        fouten.add(Invoerfout.bij(k.herkomst(), "verkeerd type", "een percentage van 0 tot en met 100", k.omschrijving()));
        return null;
    }

    private static boolean isJaar(Object o) {
        if (!(o instanceof Number getal)) {
            return false;
        }
        BigDecimal n = new BigDecimal(getal.toString());
        return n.stripTrailingZeros().scale() <= 0
                && n.compareTo(BigDecimal.valueOf(2000)) >= 0 && n.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }
}
