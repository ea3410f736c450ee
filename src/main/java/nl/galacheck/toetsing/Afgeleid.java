package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regio.Ketenaanpakafspraken;
import nl.galacheck.regio.Regiobestand;

/**
 * The derived verdicts (B0 "preventie-infrastructuur gerealiseerd", K00 "ketenaanpak ingericht"): a criterion that
 * declares {@code afgeleid_uit} is met only when every verplicht, regional criterion of those groups is (GALA r.
 * 1778–1782 and 1948–1953). Computed on the weighed verdicts, so explanations and national preconditions count;
 * the groups come from the catalogue, never from ids in code.
 */
final class Afgeleid {

    /** A derived criterion with the criteria it rests on: fixed for a catalogue, so worked out once per rule set. */
    private record Afleiding(Criterium criterium, List<Criterium> onderdelen, Set<String> ids) {
    }

    private final List<Afleiding> afleidingen;

    Afgeleid(Catalogus catalogus) {
        afleidingen = catalogus.criteria().stream().filter(Criterium::isAfgeleid).map(afgeleid -> {
            List<Criterium> onderdelen = catalogus.criteria().stream()
                    .filter(c -> afgeleid.afgeleidUit().contains(c.groep()) && c.isVerplicht() && !c.isLandelijk() && !c.isAfgeleid())
                    .toList();
            return new Afleiding(afgeleid, onderdelen, onderdelen.stream().map(Criterium::id).collect(Collectors.toUnmodifiableSet()));
        }).toList();
    }

    /** One verdict per subject of each derived criterion: the region, or each ketenaanpak the file has. */
    List<Oordeel> oordelen(Regiobestand bestand, List<Oordeel> gewogen, LocalDate peildatum) {
        List<Oordeel> uit = new ArrayList<>();
        for (Afleiding a : afleidingen) {
            Criterium afgeleid = a.criterium();
            List<Oordeel> van = gewogen.stream().filter(o -> a.ids().contains(o.criterium())).toList();
            if ("ketenaanpak".equals(afgeleid.scope())) {
                for (Ketenaanpakafspraken k : bestand.ketenaanpakken()) {
                    uit.add(alleVoldaan(afgeleid.id(), Onderwerp.ketenaanpak(k.regio(), k.ketenaanpak()), afgeleid.tijdpad(),
                            peildatum, van.stream().filter(o -> Objects.equals(o.onderwerp().ketenaanpak(), k.ketenaanpak())).toList(),
                            a.onderdelen()));
                }
            } else {
                uit.add(alleVoldaan(afgeleid.id(), Onderwerp.regio(bestand.regio().code()), afgeleid.tijdpad(), peildatum,
                        van, a.onderdelen()));
            }
        }
        return uit;
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
    static Oordeel alleVoldaan(String criterium, Onderwerp onderwerp, LocalDate termijn, LocalDate peildatum,
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
}
