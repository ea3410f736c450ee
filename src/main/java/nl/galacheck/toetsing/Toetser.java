package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.runtime.KieSession;

import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.LandelijkeVoorwaarde;
import nl.galacheck.regels.Regelset;
import nl.galacheck.regels.RegelsetException;
import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.regio.Regiobestand;

/**
 * Runs the rules over each region's facts on a peildatum and turns the rules' verdicts into
 * findings: deadlines applied, every criterion accounted for, in catalogue order.
 */
public final class Toetser {

    /** Far above what any region needs (a few hundred firings); a rule that loops hits it quickly. */
    public static final int STANDAARD_MAX_ACTIVERINGEN = 200_000;

    private final Regelset regelset;
    private final int maxActiveringen;
    /** The derived verdicts' parts, fixed for a rule set. */
    private final Afgeleid afgeleid;
    /** Catalogue position per criterion id: the order of the findings, fixed for a rule set. */
    private final Map<String, Integer> criteriumIndex = new HashMap<>();
    /** Enum position per ketenaanpak name, aliases included. */
    private static final Map<String, Integer> KETENAANPAK_INDEX = Ketenaanpak.alleNamen().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(n -> n, n -> Ketenaanpak.metNaam(n).orElseThrow().ordinal(), (a, b) -> a));

    public Toetser(Regelset regelset) {
        this(regelset, STANDAARD_MAX_ACTIVERINGEN);
    }

    public Toetser(Regelset regelset, int maxActiveringen) {
        this.regelset = regelset;
        this.maxActiveringen = maxActiveringen;
        this.afgeleid = new Afgeleid(regelset.catalogus());
        regelset.catalogus().criteria().forEach(c -> criteriumIndex.put(c.id(), criteriumIndex.size()));
    }

    public Toetsing toets(List<Regiobestand> bestanden, LocalDate peildatum) {
        // regions are independent (a session each, the knowledge base shared and read-only), so they are judged on
        // every core; the stream keeps file order, so the report is the same as judged one by one
        List<RegioToetsing> regios = bestanden.size() < 2 ? bestanden.stream().map(b -> toets(b, peildatum)).toList()
                : bestanden.parallelStream().map(b -> toets(b, peildatum)).toList();
        return new Toetsing(peildatum, regelset.omschrijving(), regelset.catalogus(), regios);
    }

    /**
     * Replays one file on the first of every month from {@link Tijdlijn#BEGIN} through the peildatum (and on
     * the peildatum itself): the same rules, with facts dated later not yet counting.
     */
    public Tijdlijn tijdlijn(Regiobestand bestand, LocalDate peildatum) {
        List<LocalDate> data = new ArrayList<>();
        for (LocalDate d = Tijdlijn.BEGIN; !d.isAfter(peildatum); d = d.plusMonths(1)) {
            data.add(d);
        }
        if (data.isEmpty() || !data.get(data.size() - 1).equals(peildatum)) {
            data.add(peildatum);
        }
        // each month is a session of its own, so they are judged on every core; only the last month's findings are kept
        LocalDate laatsteDatum = data.get(data.size() - 1);
        List<Map.Entry<Tijdlijn.Stand, List<Bevinding>>> perMaand = data.parallelStream().map(d -> {
            // the findings only: what a month's stand needs, not the report's started list or explanations
            List<Bevinding> verplicht = bevindingen(bestand, d, regelset.landelijk()).stream()
                    .filter(b -> b.criterium().isVerplicht() && !b.criterium().isLandelijk() && !b.criterium().isAfgeleid()).toList();
            Map<Status, Long> n = new java.util.EnumMap<>(Status.class);
            verplicht.forEach(b -> n.merge(b.status(), 1L, Long::sum));
            Tijdlijn.Stand stand = new Tijdlijn.Stand(d, n.getOrDefault(Status.VOLDAAN, 0L).intValue(),
                    n.getOrDefault(Status.NIET_VOLDAAN, 0L).intValue(), n.getOrDefault(Status.OPEN, 0L).intValue(),
                    n.getOrDefault(Status.ONBEKEND, 0L).intValue(), verplicht.size());
            return Map.entry(stand, d.equals(laatsteDatum) ? verplicht : List.<Bevinding>of());
        }).toList();
        List<Tijdlijn.Stand> standen = perMaand.stream().map(Map.Entry::getKey).toList();
        List<Bevinding> laatste = perMaand.get(perMaand.size() - 1).getValue();
        Map<LocalDate, java.util.Set<String>> termijnen = new java.util.TreeMap<>();
        laatste.stream().filter(b -> b.termijn() != null && !b.termijn().isBefore(Tijdlijn.BEGIN) && !b.termijn().isAfter(peildatum))
                .forEach(b -> termijnen.computeIfAbsent(b.termijn(), k -> new java.util.LinkedHashSet<>()).add(b.criterium().id()));
        return new Tijdlijn(standen, termijnen.entrySet().stream()
                .map(e -> new Tijdlijn.Termijn(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    /** One region, in a session of its own: rules never see two regions at once. */
    public RegioToetsing toets(Regiobestand bestand, LocalDate peildatum) {
        return toets(bestand, peildatum, regelset.landelijk());
    }

    /** As {@link #toets(Regiobestand, LocalDate)}, with the national context given (rule fixtures vary it). */
    public RegioToetsing toets(Regiobestand bestand, LocalDate peildatum, List<LandelijkeVoorwaarde> landelijk) {
        List<Bevinding> bevindingen = bevindingen(bestand, peildatum, landelijk);
        return new RegioToetsing(bestand.regio(), bevindingen, gestart(bestand, peildatum),
                Toelichtingen.standen(bestand.toelichtingen(), bevindingen, regelset.catalogus(), peildatum));
    }

    /** The findings of one region: the rules in a session of their own, then weighed, deadlines applied, sorted. */
    private List<Bevinding> bevindingen(Regiobestand bestand, LocalDate peildatum, List<LandelijkeVoorwaarde> landelijk) {
        List<Oordeel> oordelen = new ArrayList<>();
        KieSession sessie = regelset.nieuweSessie();
        try {
            sessie.insert(new Peildatum(peildatum));
            regelset.catalogus().criteria().forEach(sessie::insert);
            landelijk.forEach(sessie::insert);
            bestand.feiten().forEach(sessie::insert);
            int gevuurd = sessie.fireAllRules(maxActiveringen);
            if (gevuurd >= maxActiveringen) {
                throw new RegelsetException(List.of(bestand.regio().bestand() + ": de regels stoppen niet: afgebroken na "
                        + maxActiveringen + " activeringen (een regel die zichzelf steeds opnieuw activeert?)"));
            }
            sessie.getObjects(o -> o instanceof Oordeel).forEach(o -> oordelen.add((Oordeel) o));
        } finally {
            sessie.dispose();
        }
        return bevindingen(bestand, new Afweging(regelset.catalogus(), afgeleid, bestand, landelijk, peildatum).weeg(oordelen), peildatum);
    }

    /** Started as the RIVM defines it, the same fact the rules read (K13a, OK.9), on the peildatum. */
    private static List<Gestart> gestart(Regiobestand bestand, LocalDate peildatum) {
        return bestand.gemeentelijkeKetenaanpakken().stream().map(g -> {
            var f = g.gestartVolgensRivm();
            return new Gestart(g.gemeente(), g.ketenaanpak(), f.isAfwezig() ? null : f.telt(peildatum));
        }).toList();
    }

    private List<Bevinding> bevindingen(Regiobestand bestand, List<Oordeel> oordelen, LocalDate peildatum) {
        List<String> fouten = new ArrayList<>();
        Set<Map.Entry<String, Onderwerp>> gezien = new HashSet<>();
        Set<String> beoordeeld = new HashSet<>();
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Oordeel o : oordelen) {
            Criterium c = regelset.catalogus().criterium(o.criterium()).orElse(null);
            if (c == null) {
                fouten.add("een regel oordeelt over criterium " + o.criterium() + ", dat niet in de catalogus staat");
                continue;
            }
            if (!gezien.add(Map.entry(o.criterium(), o.onderwerp()))) {
                fouten.add("criterium " + o.criterium() + " kreeg twee oordelen voor " + o.onderwerp().label());
                continue;
            }
            beoordeeld.add(c.id());
            bevindingen.add(bevinding(c, o, peildatum));
        }
        if (!fouten.isEmpty()) {
            throw new RegelsetException(fouten.stream().map(f -> regelset.omschrijving() + ": " + f).toList());
        }
        // an honest report accounts for every criterion: one no rule judged is unknown, not met
        for (Criterium c : regelset.catalogus().criteria()) {
            if (!beoordeeld.contains(c.id())) {
                Oordeel o = new Oordeel(c.id(), Onderwerp.regio(bestand.regio().code()), Uitkomst.ONBEKEND, null, null,
                        "geen regel heeft dit criterium beoordeeld", List.of(bestand.regio().herkomst()), List.of());
                bevindingen.add(bevinding(c, o, peildatum));
            }
        }
        return gesorteerd(bevindingen, bestand);
    }

    /** Applies the deadline: the one place where "not met" becomes OPEN or NIET_VOLDAAN. */
    static Bevinding bevinding(Criterium c, Oordeel o, LocalDate peildatum) {
        LocalDate termijn = o.termijn() != null ? o.termijn() : c.tijdpad();
        boolean verstreken = termijn != null && peildatum.isAfter(termijn);
        Status status;
        Integer teLaat = null;
        Integer resterend = null;
        switch (o.uitkomst()) {
            case VOLDAAN -> {
                status = Status.VOLDAAN;
                if (termijn != null && o.datum() != null && o.datum().isAfter(termijn)) {
                    teLaat = dagen(termijn, o.datum());
                }
            }
            case NIET_VOLDAAN -> {
                if (termijn == null || verstreken) {
                    status = Status.NIET_VOLDAAN;
                    teLaat = termijn == null ? null : dagen(termijn, peildatum);
                } else {
                    status = Status.OPEN;
                    resterend = dagen(peildatum, termijn);
                }
            }
            case WORDT_NIET_VOLDAAN -> {
                status = Status.NIET_VOLDAAN;
                teLaat = verstreken ? dagen(termijn, peildatum) : null;
            }
            case ONBEKEND -> status = Status.ONBEKEND;
            // not met, explained and accepted (Toelichtingen decided that it holds): never VOLDAAN, never a gap
            case TOEGELICHT -> status = Status.TOEGELICHT;
            case NIET_VAN_TOEPASSING -> status = Status.NIET_VAN_TOEPASSING;
            case GEBLOKKEERD_LANDELIJK -> status = Status.GEBLOKKEERD_LANDELIJK;
            default -> throw new IllegalStateException(o.uitkomst().toString());
        }
        return new Bevinding(c, o.onderwerp(), status, termijn, o.uitkomst() == Uitkomst.VOLDAAN ? o.datum() : null,
                teLaat, resterend, verstreken, o.reden(), o.feiten(), o.bewijs(), o.herstel() != null ? o.herstel() : c.herstel());
    }

    private static int dagen(LocalDate van, LocalDate tot) {
        return (int) ChronoUnit.DAYS.between(van, tot);
    }

    /**
     * Catalogue order, then municipalities in file order, then ketenaanpak, then file position. The keys are
     * looked up once per finding, not once per comparison; the sort is stable, as before.
     */
    private List<Bevinding> gesorteerd(List<Bevinding> bevindingen, Regiobestand bestand) {
        Map<String, Integer> gemeenteIndex = new HashMap<>();
        bestand.gemeenten().stream().map(Gemeente::code).forEach(g -> gemeenteIndex.put(g, gemeenteIndex.size()));
        List<Plaats> plaatsen = new ArrayList<>(bevindingen.size());
        for (Bevinding b : bevindingen) {
            Onderwerp o = b.onderwerp();
            plaatsen.add(new Plaats(b, criteriumIndex.get(b.criterium().id()),
                    o.gemeente() == null ? -1 : gemeenteIndex.getOrDefault(o.gemeente(), 999),
                    o.ketenaanpak() == null ? -1 : KETENAANPAK_INDEX.getOrDefault(o.ketenaanpak(), 99),
                    b.feiten().isEmpty() ? 0 : b.feiten().get(0).regel(), o.onderdeel() == null ? "" : o.onderdeel()));
        }
        plaatsen.sort(Comparator.comparingInt(Plaats::criterium).thenComparingInt(Plaats::gemeente)
                .thenComparingInt(Plaats::ketenaanpak).thenComparingInt(Plaats::regel).thenComparing(Plaats::onderdeel));
        return plaatsen.stream().map(Plaats::bevinding).toList();
    }

    private record Plaats(Bevinding bevinding, int criterium, int gemeente, int ketenaanpak, int regel, String onderdeel) {
    }
}
