package nl.galacheck.toetsing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.galacheck.regio.Regio;

/**
 * The findings for one region, in catalogue order, with its derived verdict.
 *
 * @param gestart per municipality and ketenaanpak whether it had started (RIVM definition), in file order
 */
public record RegioToetsing(Regio regio, List<Bevinding> bevindingen, List<Gestart> gestart,
                            List<Toelichtingsstand> toelichtingen) {

    /** The id of the derived verdict "ketenaanpak ingericht" (GALA §3G-II, r. 1948–1953). */
    public static final String INGERICHT = "K00";

    /** The id of the derived verdict "preventie-infrastructuur gerealiseerd" (GALA §3G-I, r. 1778–1782). */
    public static final String INFRASTRUCTUUR = "B0";

    public RegioToetsing {
        bevindingen = List.copyOf(bevindingen);
        gestart = List.copyOf(gestart);
        toelichtingen = toelichtingen == null ? List.of() : List.copyOf(toelichtingen);
    }

    public RegioToetsing(Regio regio, List<Bevinding> bevindingen) {
        this(regio, bevindingen, List.of());
    }

    /** A region without explanations (pas toe of leg uit). */
    public RegioToetsing(Regio regio, List<Bevinding> bevindingen, List<Gestart> gestart) {
        this(regio, bevindingen, gestart, List.of());
    }

    /** Whether each municipality had started this ketenaanpak, in file order. */
    public List<Gestart> gestart(String ketenaanpak) {
        return gestart.stream().filter(g -> g.ketenaanpak().equals(ketenaanpak)).toList();
    }

    public Optional<Bevinding> oordeelInfrastructuur() {
        return bevindingen.stream().filter(b -> b.criterium().id().equals(INFRASTRUCTUUR)).findFirst();
    }

    public List<Bevinding> vanGroep(String groep) {
        return bevindingen.stream().filter(b -> b.criterium().groep().equals(groep)).toList();
    }

    /** Number of findings per status for one group, every status present (zero when none). */
    public Map<Status, Long> telling(String groep) {
        return tel(vanGroep(groep));
    }

    public Map<Status, Long> telling() {
        return tel(bevindingen);
    }

    /** The statuses that leave a party something to do, in the order a to-do list shows them. */
    public static final List<Status> TE_DOEN = List.of(Status.NIET_VOLDAAN, Status.OPEN, Status.ONBEKEND);

    /**
     * Who must act: per responsible party (catalogue order of first appearance) the findings that are not
     * met, open or unknown. Derived verdicts (B0, K00) are left out, their parts are listed themselves;
     * signals (reach targets) too: they are never a task; and advice the file says nothing about.
     */
    public Map<String, List<Bevinding>> aanZet() {
        Map<String, List<Bevinding>> perPartij = new java.util.LinkedHashMap<>();
        bevindingen.stream()
                .filter(b -> TE_DOEN.contains(b.status()) && !b.criterium().id().equals(INFRASTRUCTUUR)
                        && !b.criterium().id().equals(INGERICHT)
                        && b.criterium().ernst() != nl.galacheck.regels.Criterium.Ernst.SIGNAAL
                        && (b.criterium().isVerplicht() || b.status() != Status.ONBEKEND))
                .forEach(b -> perPartij.computeIfAbsent(b.criterium().partij(), p -> new java.util.ArrayList<>()).add(b));
        // national parties apart, after the region's own (B3.3a is national although it sits among the bouwstenen)
        List<Bevinding> landelijk = perPartij.remove("landelijk");
        if (landelijk != null) {
            perPartij.put("landelijk", landelijk);
        }
        return perPartij;
    }

    /** Every finding grouped by the party that must act, parties in catalogue order of first appearance. */
    public Map<String, List<Bevinding>> perPartij() {
        Map<String, List<Bevinding>> perPartij = new java.util.LinkedHashMap<>();
        bevindingen.forEach(b -> perPartij.computeIfAbsent(b.criterium().partij(), p -> new java.util.ArrayList<>()).add(b));
        return perPartij;
    }

    /** The findings about one ketenaanpak (regional and per municipality), for the ketenaanpak overview. */
    public List<Bevinding> vanKetenaanpak(String ketenaanpak) {
        return bevindingen.stream().filter(b -> ketenaanpak.equals(b.onderwerp().ketenaanpak())).toList();
    }

    /** The derived verdict whether one ketenaanpak is ingericht, if the rules gave one. */
    public Optional<Bevinding> ingericht(String ketenaanpak) {
        return bevindingen.stream()
                .filter(b -> b.criterium().id().equals(INGERICHT) && ketenaanpak.equals(b.onderwerp().ketenaanpak())).findFirst();
    }

    /**
     * Number of the region's own findings per status for one ketenaanpak (national preconditions left
     * out: they are no regional gap), every status present.
     */
    public Map<Status, Long> tellingKetenaanpak(String ketenaanpak) {
        return tel(vanKetenaanpak(ketenaanpak).stream()
                .filter(b -> !b.criterium().isLandelijk() && !b.criterium().id().equals(INGERICHT)).toList());
    }

    /** The national preconditions (verplicht, K01–K07) not met for one ketenaanpak: what blocks it nationally. */
    public List<String> landelijkOntbrekend(String ketenaanpak) {
        return vanKetenaanpak(ketenaanpak).stream()
                .filter(b -> b.criterium().isLandelijk() && b.criterium().isVerplicht()
                        && (b.status() == Status.NIET_VOLDAAN || b.status() == Status.OPEN))
                .map(b -> b.criterium().id()).toList();
    }

    /** What to do first, what to fill in, what is blocked nationally (see {@link Werkvoorraad}). */
    public Werkvoorraad werkvoorraad() {
        return Werkvoorraad.van(this);
    }

    public boolean heeftVerplichteTekorten() {
        return bevindingen.stream().anyMatch(Bevinding::isVerplichtTekort);
    }

    /** As {@link #heeftVerplichteTekorten()}; {@code streng}: a verplicht criterion ONBEKEND counts as a gap too. */
    public boolean heeftVerplichteTekorten(boolean streng) {
        return bevindingen.stream().anyMatch(b -> b.isVerplichtTekort() || streng && b.isVerplichtOnbekend());
    }

    private static Map<Status, Long> tel(List<Bevinding> lijst) {
        Map<Status, Long> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0L);
        }
        lijst.forEach(b -> m.merge(b.status(), 1L, Long::sum));
        return m;
    }
}
