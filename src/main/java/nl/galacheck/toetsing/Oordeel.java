package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.LandelijkeVoorwaarde;
import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Herkomst;

/**
 * A rule's verdict on one criterion for one subject, with the facts it rests on. Rules insert
 * these, made by {@link Oordelen} (one readable line per rule consequence); the engine weighs and combines them.
 *
 * @param datum   when it was met (for lateness), if known
 * @param termijn a subject-specific deadline (an agreement's own deadline), overriding the catalogue
 * @param reden   plain Dutch: why this verdict
 * @param feiten  where in the file the verdict rests (absent facts point at where they belong)
 * @param bewijs  the evidence documents the file names for the facts used
 * @param herstel "wat is nodig" when it differs from the catalogue's (a blocked verdict: the national state), else null
 */
public record Oordeel(String criterium, Onderwerp onderwerp, Uitkomst uitkomst, LocalDate datum, LocalDate termijn,
                      String reden, List<Herkomst> feiten, List<String> bewijs, String herstel) {

    /** A verdict whose "wat is nodig" is the catalogue's. */
    public Oordeel(String criterium, Onderwerp onderwerp, Uitkomst uitkomst, LocalDate datum, LocalDate termijn,
                   String reden, List<Herkomst> feiten, List<String> bewijs) {
        this(criterium, onderwerp, uitkomst, datum, termijn, reden, feiten, bewijs, null);
    }

    public Oordeel {
        Objects.requireNonNull(criterium);
        Objects.requireNonNull(onderwerp);
        Objects.requireNonNull(uitkomst);
        feiten = List.copyOf(feiten);
        bewijs = List.copyOf(bewijs);
    }

    /**
     * A regional criterion the parties cannot meet because national preconditions are missing: not a
     * regional gap. Names what is missing.
     */
    public static Oordeel geblokkeerd(String criterium, Onderwerp onderwerp, Peildatum peildatum, List<LandelijkeVoorwaarde> ontbrekend) {
        String wat = ontbrekend.stream().sorted(Comparator.comparing(LandelijkeVoorwaarde::criterium))
                .map(v -> v.omschrijving(peildatum.datum())).collect(Collectors.joining("; "));
        return new Oordeel(criterium, onderwerp, Uitkomst.GEBLOKKEERD_LANDELIJK, null, null,
                "landelijk geblokkeerd, geen regionaal tekort: " + wat,
                ontbrekend.stream().map(LandelijkeVoorwaarde::herkomst).distinct().toList(),
                ontbrekend.stream().map(LandelijkeVoorwaarde::bron).filter(Objects::nonNull).distinct().toList());
    }

    /** The same verdict, noting the national preconditions it rests on that are unknown. */
    public Oordeel metLandelijkOnbekend(List<LandelijkeVoorwaarde> onbekend) {
        if (onbekend.isEmpty()) {
            return this;
        }
        return metReden(reden + "; let op, landelijk: " + onbekend.stream().sorted(Comparator.comparing(LandelijkeVoorwaarde::criterium))
                .map(v -> v.naam() + ": onbekend").collect(Collectors.joining("; ")));
    }

    /**
     * A derived verdict over other verdicts: met only when none is unmet, unknown or blocked nationally
     * (in that order of precedence). Verdicts whose
     * deadline lies after {@code termijn} are not preconditions of it and do not count (an agreement
     * due in 2027 does not stand in the way of an infrastructure due on 1 January 2025). Names the
     * criteria that stand in the way per status as the report shows it (niet voldaan, open, onbekend), and the gaps
     * left out because their own deadline is later.
     *
     * @param peildatum to tell a "not met" still OPEN from one past its deadline
     * @param criteria the catalogue entries of the verdicts, for their deadlines
     */
    public static Oordeel alleVoldaan(String criterium, Onderwerp onderwerp, LocalDate termijn, LocalDate peildatum,
                                      List<Oordeel> onderdelen, List<Criterium> criteria) {
        java.util.Map<String, Criterium> perId = criteria.stream().collect(Collectors.toMap(Criterium::id, c -> c));
        java.util.function.Function<Oordeel, LocalDate> eigenTermijn = o -> o.termijn() != null ? o.termijn() : perId.get(o.criterium()).tijdpad();
        java.util.Map<Boolean, List<Oordeel>> telt = onderdelen.stream().collect(Collectors.partitioningBy(o -> {
            LocalDate eigen = eigenTermijn.apply(o);
            return eigen == null || termijn == null || !eigen.isAfter(termijn);
        }));
        List<Oordeel> tellen = telt.get(true);
        // a "not met" whose own deadline has not passed is OPEN in the report: name it so, not "niet voldaan"
        java.util.function.Predicate<Oordeel> open = o -> o.uitkomst() == Uitkomst.NIET_VOLDAAN
                && eigenTermijn.apply(o) != null && !peildatum.isAfter(eigenTermijn.apply(o));
        List<Oordeel> later = telt.get(false);
        List<Oordeel> laterOpen = later.stream().filter(open).toList();
        List<Oordeel> laterNiet = later.stream().filter(o -> !open.test(o)
                && (o.uitkomst() == Uitkomst.NIET_VOLDAAN || o.uitkomst() == Uitkomst.WORDT_NIET_VOLDAAN)).toList();
        List<Oordeel> laterOnbekend = later.stream().filter(o -> o.uitkomst() == Uitkomst.ONBEKEND).toList();
        String laterGaten = opsomming(laterNiet, laterOpen, laterOnbekend);
        String laterTekst = later.isEmpty() ? "" : " (" + later.size() + " met een latere termijn tellen niet mee)"
                + (laterGaten.isEmpty() ? "" : "; niet meegeteld wegens een latere eigen termijn: " + laterGaten);
        List<Oordeel> niet = tellen.stream().filter(o -> !open.test(o)
                && (o.uitkomst() == Uitkomst.NIET_VOLDAAN || o.uitkomst() == Uitkomst.WORDT_NIET_VOLDAAN)).toList();
        List<Oordeel> nogOpen = tellen.stream().filter(open).toList();
        List<Oordeel> onbekend = tellen.stream().filter(o -> o.uitkomst() == Uitkomst.ONBEKEND).toList();
        if (!niet.isEmpty() || !nogOpen.isEmpty()) {
            String reden = opsomming(niet, nogOpen, onbekend);
            return new Oordeel(criterium, onderwerp, Uitkomst.NIET_VOLDAAN, null, null, reden + laterTekst, List.of(), List.of());
        }
        if (!onbekend.isEmpty()) {
            return new Oordeel(criterium, onderwerp, Uitkomst.ONBEKEND, null, null, "onbekend: " + idsMetAantal(onbekend) + laterTekst,
                    List.of(), List.of());
        }
        List<Oordeel> geblokkeerd = tellen.stream().filter(o -> o.uitkomst() == Uitkomst.GEBLOKKEERD_LANDELIJK).toList();
        if (!geblokkeerd.isEmpty()) {
            return new Oordeel(criterium, onderwerp, Uitkomst.GEBLOKKEERD_LANDELIJK, null, null,
                    "al het regionale voldaan, maar landelijk geblokkeerd: " + idsMetAantal(geblokkeerd) + laterTekst, List.of(), List.of());
        }
        LocalDate laatste = tellen.stream().map(Oordeel::datum).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        long aantal = tellen.stream().filter(o -> o.uitkomst() == Uitkomst.VOLDAAN).count();
        List<Oordeel> toegelicht = tellen.stream().filter(o -> o.uitkomst() == Uitkomst.TOEGELICHT).toList();
        if (!toegelicht.isEmpty()) {
            // an explained part is not met: the whole is never VOLDAAN, it is "voldaan met toelichting"
            return new Oordeel(criterium, onderwerp, Uitkomst.TOEGELICHT, null, null, "voldaan met toelichting: "
                    + idsMetAantal(toegelicht) + "; de andere " + aantal + " verplichte bevindingen voldaan" + laterTekst, List.of(), List.of());
        }
        return new Oordeel(criterium, onderwerp, Uitkomst.VOLDAAN, laatste, null,
                "alle " + aantal + " verplichte bevindingen voldaan" + (laatste == null ? "" : ", de laatste op " + laatste) + laterTekst,
                List.of(), List.of());
    }

    /** "niet voldaan: B1.7; open: B5.1; onbekend: B2.3", each status only when it has verdicts. */
    private static String opsomming(List<Oordeel> niet, List<Oordeel> open, List<Oordeel> onbekend) {
        List<String> delen = new ArrayList<>();
        if (!niet.isEmpty()) {
            delen.add("niet voldaan: " + idsMetAantal(niet));
        }
        if (!open.isEmpty()) {
            delen.add("open: " + idsMetAantal(open));
        }
        if (!onbekend.isEmpty()) {
            delen.add("onbekend: " + idsMetAantal(onbekend));
        }
        return String.join("; ", delen);
    }

    /** "B1.7 (2×), B4.C" in catalogue-independent but stable (sorted) order. */
    private static String idsMetAantal(List<Oordeel> oordelen) {
        return oordelen.stream().collect(Collectors.groupingBy(Oordeel::criterium, java.util.TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + "×)" : ""))
                .collect(Collectors.joining(", "));
    }

    /** The same verdict with a deadline of its own (an agreement's deadline, a year's deadline). */
    public Oordeel metTermijn(LocalDate eigenTermijn) {
        return new Oordeel(criterium, onderwerp, uitkomst, datum, eigenTermijn, reden, feiten, bewijs, herstel);
    }

    public Oordeel metReden(String nieuweReden) {
        return new Oordeel(criterium, onderwerp, uitkomst, datum, termijn, nieuweReden, feiten, bewijs, herstel);
    }

    /** The same verdict, resting also on {@code extra}. */
    public Oordeel metFeiten(Feit... extra) {
        List<Herkomst> h = new ArrayList<>(Oordelen.herkomsten(Arrays.asList(extra)));
        h.addAll(feiten);
        List<String> b = new ArrayList<>(bewijs);
        Oordelen.bronnen(Arrays.asList(extra)).stream().filter(x -> !b.contains(x)).forEach(b::add);
        return new Oordeel(criterium, onderwerp, uitkomst, datum, termijn, reden, h.stream().distinct().toList(), b, herstel);
    }
    /** For the engine's applicability (toetsing.Voorwaarden); rules call {@link Oordelen#nietVanToepassing}. */
    static Oordeel nietVanToepassing(String criterium, Onderwerp onderwerp, String reden, Feit... feiten) {
        return Oordelen.nietVanToepassing(criterium, onderwerp, reden, feiten);
    }
}
