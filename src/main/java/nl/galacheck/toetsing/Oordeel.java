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
 * these; the static factories keep rule consequences to one readable line.
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
     * Met when every fact is met on or before the peildatum: any "nee" or a fact dated after the
     * peildatum makes it not met; otherwise any absent fact makes it unknown. The date is the latest
     * date among the facts.
     */
    public static Oordeel volgens(String criterium, Onderwerp onderwerp, Peildatum peildatum, Feit... feiten) {
        List<Feit> lijst = Arrays.asList(feiten);
        LocalDate p = peildatum.datum();
        List<Feit> nee = lijst.stream().filter(f -> f.isNee() || f.isNaPeildatum(p)).toList();
        if (!nee.isEmpty()) {
            return new Oordeel(criterium, onderwerp, Uitkomst.NIET_VOLDAAN, null, null,
                    nee.stream().map(f -> beschrijf(f, p)).collect(Collectors.joining("; ")), herkomsten(lijst), bronnen(lijst));
        }
        List<Feit> afwezig = lijst.stream().filter(Feit::isAfwezig).toList();
        if (!afwezig.isEmpty()) {
            return new Oordeel(criterium, onderwerp, Uitkomst.ONBEKEND, null, null,
                    afwezig.stream().map(f -> beschrijf(f, p)).collect(Collectors.joining("; ")), herkomsten(lijst), bronnen(lijst));
        }
        return new Oordeel(criterium, onderwerp, Uitkomst.VOLDAAN, laatsteDatum(lijst), null,
                lijst.stream().map(f -> beschrijf(f, p)).collect(Collectors.joining("; ")), herkomsten(lijst), bronnen(lijst));
    }

    /**
     * Met when the list fact {@code lijst} holds every required value and {@code document} (whose
     * date counts) is met; each missing value is named.
     */
    public static Oordeel bevat(String criterium, Onderwerp onderwerp, Peildatum peildatum, Feit lijst, Feit document,
                                String... vereist) {
        if (lijst.isAfwezig() || lijst.isNee()) {
            return volgens(criterium, onderwerp, peildatum, lijst, document);
        }
        List<String> ontbreekt = Arrays.stream(vereist).filter(v -> !lijst.bevat(v)).toList();
        if (!ontbreekt.isEmpty()) {
            return nietVoldaan(criterium, onderwerp, "`" + lijst.pad() + "` mist: " + String.join(", ", ontbreekt), lijst, document);
        }
        return volgens(criterium, onderwerp, peildatum, document)
                .metFeiten(lijst)
                .metReden("`" + lijst.pad() + "` bevat " + String.join(", ", vereist) + "; "
                        + beschrijf(document, peildatum.datum()));
    }

    /**
     * For a yearly duty: met when the list of years {@code jaren} holds {@code jaar} (and that item,
     * if dated, is dated on or before the peildatum).
     */
    public static Oordeel jaar(String criterium, Onderwerp onderwerp, Peildatum peildatum, Feit jaren, int jaar) {
        Onderwerp perJaar = onderwerp.metJaar(jaar);
        if (jaren.isAfwezig()) {
            return onbekend(criterium, perJaar, "`" + jaren.pad() + "` ontbreekt: het bestand zegt niet over welke jaren is aangeleverd", jaren);
        }
        if (!jaren.bevat(String.valueOf(jaar))) {
            return nietVoldaan(criterium, perJaar, "`" + jaren.pad() + "` noemt " + jaar + " niet", jaren);
        }
        return volgens(criterium, perJaar, peildatum, jaren.element(String.valueOf(jaar)));
    }

    /** A national precondition (K01–K07) as a verdict: present, missing or unknown per rules/landelijk.yaml. */
    public static Oordeel landelijk(String criterium, Onderwerp onderwerp, Peildatum peildatum, LandelijkeVoorwaarde v) {
        LocalDate p = peildatum.datum();
        // a toelichting is a sentence; findings append to the reason with "; ", so no full stop at its end
        String reden = v.omschrijving(p) + (v.toelichting() == null ? "" : " — " + v.toelichting().replaceAll("[.\\s]+$", ""));
        Uitkomst uitkomst = v.geldtOp(p) ? Uitkomst.VOLDAAN
                : v.status() == LandelijkeVoorwaarde.Status.ONBEKEND ? Uitkomst.ONBEKEND : Uitkomst.NIET_VOLDAAN;
        return new Oordeel(criterium, onderwerp, uitkomst, uitkomst == Uitkomst.VOLDAAN ? v.datum() : null, null, reden,
                List.of(v.herkomst()), v.bron() == null ? List.of() : List.of(v.bron()));
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
     * Met when at least one of the facts is met on the peildatum (the earliest date counts); unknown
     * when none is met and some are absent; else not met. {@code wat} names what is counted.
     */
    public static Oordeel minstensEen(String criterium, Onderwerp onderwerp, Peildatum peildatum, String wat, List<Feit> feiten) {
        LocalDate p = peildatum.datum();
        List<Feit> voldaan = feiten.stream().filter(f -> f.telt(p)).toList();
        long afwezig = feiten.stream().filter(Feit::isAfwezig).count();
        String telling = voldaan.size() + " van " + feiten.size() + " " + wat;
        if (!voldaan.isEmpty()) {
            LocalDate eerste = voldaan.stream().map(Feit::datum).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            return new Oordeel(criterium, onderwerp, Uitkomst.VOLDAAN, eerste, null,
                    telling + (eerste == null ? "" : ", de eerste op " + eerste), herkomsten(voldaan), bronnen(voldaan));
        }
        if (afwezig > 0) {
            return new Oordeel(criterium, onderwerp, Uitkomst.ONBEKEND, null, null,
                    telling + "; van " + afwezig + " zegt het bestand het niet", herkomsten(feiten), List.of());
        }
        return new Oordeel(criterium, onderwerp, Uitkomst.NIET_VOLDAAN, null, null, telling, herkomsten(feiten), List.of());
    }

    /** Met when the list of years {@code periode} spans at least {@code van} through {@code tot}. */
    public static Oordeel dektJaren(String criterium, Onderwerp onderwerp, Peildatum peildatum, Feit periode, Feit document,
                                    int van, int tot) {
        List<Integer> jaren = periode.elementen().stream().map(f -> Integer.parseInt(f.waarde())).sorted().toList();
        if (jaren.isEmpty() || jaren.get(0) > van || jaren.get(jaren.size() - 1) < tot) {
            String gedekt = jaren.isEmpty() ? "geen jaren" : jaren.get(0) + " t/m " + jaren.get(jaren.size() - 1);
            return nietVoldaan(criterium, onderwerp, "`" + periode.pad() + "` dekt " + gedekt + ", vereist is " + van + " t/m " + tot,
                    periode, document);
        }
        Oordeel o = volgens(criterium, onderwerp, peildatum, document).metFeiten(periode);
        return o.metReden(o.reden() + "; periode " + jaren.get(0) + " t/m " + jaren.get(jaren.size() - 1));
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
        List<Oordeel> tellen = onderdelen.stream().filter(o -> {
            LocalDate eigen = eigenTermijn.apply(o);
            return eigen == null || termijn == null || !eigen.isAfter(termijn);
        }).toList();
        // a "not met" whose own deadline has not passed is OPEN in the report: name it so, not "niet voldaan"
        java.util.function.Predicate<Oordeel> open = o -> o.uitkomst() == Uitkomst.NIET_VOLDAAN
                && eigenTermijn.apply(o) != null && !peildatum.isAfter(eigenTermijn.apply(o));
        List<Oordeel> later = onderdelen.stream().filter(o -> !tellen.contains(o)).toList();
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

    public static Oordeel voldaan(String criterium, Onderwerp onderwerp, LocalDate datum, String reden, Feit... feiten) {
        return new Oordeel(criterium, onderwerp, Uitkomst.VOLDAAN, datum, null, reden, herkomsten(Arrays.asList(feiten)),
                bronnen(Arrays.asList(feiten)));
    }

    public static Oordeel nietVoldaan(String criterium, Onderwerp onderwerp, String reden, Feit... feiten) {
        return new Oordeel(criterium, onderwerp, Uitkomst.NIET_VOLDAAN, null, null, reden,
                herkomsten(Arrays.asList(feiten)), bronnen(Arrays.asList(feiten)));
    }

    /** Not met, and it will not be met (a stopped agreement): NIET_VOLDAAN at once, not OPEN before the deadline. */
    public static Oordeel wordtNietVoldaan(String criterium, Onderwerp onderwerp, String reden, Feit... feiten) {
        return new Oordeel(criterium, onderwerp, Uitkomst.WORDT_NIET_VOLDAAN, null, null, reden,
                herkomsten(Arrays.asList(feiten)), bronnen(Arrays.asList(feiten)));
    }

    public static Oordeel onbekend(String criterium, Onderwerp onderwerp, String reden, Feit... feiten) {
        return new Oordeel(criterium, onderwerp, Uitkomst.ONBEKEND, null, null, reden,
                herkomsten(Arrays.asList(feiten)), bronnen(Arrays.asList(feiten)));
    }

    public static Oordeel nietVanToepassing(String criterium, Onderwerp onderwerp, String reden, Feit... feiten) {
        return new Oordeel(criterium, onderwerp, Uitkomst.NIET_VAN_TOEPASSING, null, null, reden,
                herkomsten(Arrays.asList(feiten)), bronnen(Arrays.asList(feiten)));
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
        List<Herkomst> h = new ArrayList<>(herkomsten(Arrays.asList(extra)));
        h.addAll(feiten);
        List<String> b = new ArrayList<>(bewijs);
        bronnen(Arrays.asList(extra)).stream().filter(x -> !b.contains(x)).forEach(b::add);
        return new Oordeel(criterium, onderwerp, uitkomst, datum, termijn, reden, h.stream().distinct().toList(), b, herstel);
    }

    /** How one fact reads in a reason, relative to the peildatum. */
    public static String beschrijf(Feit f, LocalDate peildatum) {
        String pad = "`" + f.pad() + "`";
        if (f.isAfwezig()) {
            return pad + " ontbreekt: het bestand zegt niet of dit geregeld is";
        }
        if (f.isNee()) {
            return pad + " is nee" + (f.toelichting() == null ? "" : " (" + f.toelichting() + ")");
        }
        if (f.isNaPeildatum(peildatum)) {
            return pad + " dateert van " + f.datum() + ", na de peildatum " + peildatum + ": telt nog niet mee";
        }
        String waarde = f.waarde() != null ? " " + f.waarde() : "";
        String datum = f.datum() != null ? " op " + f.datum() : "";
        return pad + waarde + datum + (waarde.isEmpty() && datum.isEmpty() ? ": ja" : "");
    }

    private static LocalDate laatsteDatum(List<Feit> feiten) {
        return feiten.stream().map(Feit::datum).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<Herkomst> herkomsten(List<Feit> feiten) {
        return feiten.stream().map(Feit::herkomst).distinct().toList();
    }

    private static List<String> bronnen(List<Feit> feiten) {
        return feiten.stream().map(Feit::bron).filter(Objects::nonNull).distinct().toList();
    }
}
