package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.galacheck.invoer.Invoerfout;
import nl.galacheck.invoer.Levenshtein;
import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regio.Herkomst;
import nl.galacheck.regio.Toelichting;

/**
 * Pas toe of leg uit (README, "Toelichtingen"): the one place that decides whether a region's explanation holds
 * on the peildatum — not expired, accepted by the other party on or before it — and what it does to a verdict.
 * Applied by {@link Afweging} after the rules and before the derived verdicts B0 and K00, so they,
 * the exit code, the to-do lists and every format see the same result; {@link Toetser} turns the outcome into
 * the status TOEGELICHT next to the deadline.
 */
public final class Toelichtingen {

    private Toelichtingen() {
    }

    /** Whether {@code t} is about this criterion and subject; a subject part it leaves out matches every value. */
    public static boolean past(Toelichting t, String criterium, Onderwerp o) {
        return t.criterium().equals(criterium) && gelijk(t.gemeente(), o.gemeente()) && gelijk(t.ketenaanpak(), o.ketenaanpak())
                && gelijk(t.onderdeel(), o.onderdeel());
    }

    private static boolean gelijk(String gegeven, String onderwerp) {
        return gegeven == null || gegeven.equals(onderwerp);
    }

    /**
     * Who must accept an explanation of criterion {@code c}: the other party of the agreement. A duty of the
     * municipalities is accepted by the insurer, the insurer's by the municipalities; a joint duty (and one of
     * the GGD, which signs nothing) by both.
     */
    public static List<String> accepteerders(Criterium c) {
        return switch (c.partij()) {
            case "gemeenten" -> List.of("zorgverzekeraar");
            case "zorgverzekeraar" -> List.of("gemeenten");
            default -> List.of("gemeenten", "zorgverzekeraar");
        };
    }

    /** Why {@code t} does not hold for {@code c} on {@code peildatum}; empty when it holds. */
    public static List<String> waaromNiet(Toelichting t, Criterium c, LocalDate peildatum) {
        List<String> redenen = new ArrayList<>();
        String verboden = nietToelichtbaar(c);
        if (verboden != null) {
            redenen.add(verboden);
            return redenen;
        }
        if (t.geldigTot().isBefore(peildatum)) {
            redenen.add("verlopen: geldig tot " + t.geldigTot());
        }
        for (String partij : accepteerders(c)) {
            List<Toelichting.Acceptatie> door = t.geaccepteerdDoor().stream().filter(a -> a.partij().equals(partij)).toList();
            if (door.isEmpty()) {
                boolean zelf = t.geaccepteerdDoor().stream().anyMatch(a -> a.partij().equals(c.partij()));
                redenen.add("niet geaccepteerd door " + partij + (zelf ? " (een acceptatie door " + c.partij()
                        + " zelf telt niet: het is hun plicht)" : ""));
            } else if (door.stream().allMatch(a -> a.datum().isAfter(peildatum))) {
                redenen.add("door " + partij + " pas geaccepteerd op " + door.get(0).datum() + ", na de peildatum");
            }
        }
        return redenen;
    }

    /** Null when a region may explain {@code c}; else why not. */
    static String nietToelichtbaar(Criterium c) {
        if (c.isAfgeleid()) {
            return c.id() + " is een afgeleid oordeel: licht de onderdelen toe die niet voldaan zijn";
        }
        if (c.isLandelijk()) {
            return c.id() + " is een plicht van landelijke partijen: een regio kan die niet toelichten";
        }
        return c.nietToelichtbaar() == null ? null : c.id() + " is niet toe te lichten: " + c.nietToelichtbaar();
    }

    /**
     * The verdict {@code o} (not met) with explanation {@code t} applied: TOEGELICHT when it holds on the
     * peildatum, else the same verdict saying why the explanation does not hold. Either way it rests on the
     * explanation's place in the file too.
     */
    public static Oordeel pas(Oordeel o, Criterium c, Toelichting t, LocalDate peildatum) {
        List<Herkomst> feiten = new ArrayList<>(o.feiten());
        feiten.add(t.herkomst());
        List<String> waarom = waaromNiet(t, c, peildatum);
        if (!waarom.isEmpty()) {
            return new Oordeel(o.criterium(), o.onderwerp(), o.uitkomst(), o.datum(), o.termijn(),
                    o.reden() + "; de toelichting (" + t.herkomst().pad() + ") geldt niet: " + String.join("; ", waarom), feiten, o.bewijs());
        }
        List<String> bewijs = new ArrayList<>(o.bewijs());
        Stream.concat(Stream.of(t.bron()), t.geaccepteerdDoor().stream().map(Toelichting.Acceptatie::bron))
                .filter(Objects::nonNull).filter(b -> !bewijs.contains(b)).forEach(bewijs::add);
        return new Oordeel(o.criterium(), o.onderwerp(), Uitkomst.TOEGELICHT, null, o.termijn(),
                "toegelicht (pas toe of leg uit): " + t.toelichting().strip() + " — " + geldigheid(t, c, peildatum)
                        + "; het bestand: " + o.reden(), feiten, bewijs);
    }

    /** "geaccepteerd door zorgverzekeraar op 2025-03-12, geldig tot 2026-12-31". */
    static String geldigheid(Toelichting t, Criterium c, LocalDate peildatum) {
        String door = accepteerders(c).stream().map(p -> p + " op " + t.geaccepteerdDoor().stream()
                .filter(a -> a.partij().equals(p) && !a.datum().isAfter(peildatum)).map(Toelichting.Acceptatie::datum)
                .min(LocalDate::compareTo).map(LocalDate::toString).orElse("?")).collect(Collectors.joining(" en "));
        return "geaccepteerd door " + door + ", geldig tot " + t.geldigTot();
    }

    /**
     * What became of each explanation of one region: honoured, not honoured (and why), or stale (it matches no
     * finding, or nothing is wrong any more). Computed from the findings, so it agrees with them.
     */
    static List<Toelichtingsstand> standen(List<Toelichting> toelichtingen, List<Bevinding> bevindingen, Catalogus catalogus,
                                           LocalDate peildatum) {
        List<Toelichtingsstand> standen = new ArrayList<>();
        for (Toelichting t : toelichtingen) {
            List<Bevinding> bij = bevindingen.stream().filter(b -> past(t, b.criterium().id(), b.onderwerp())).toList();
            Criterium c = catalogus.criterium(t.criterium()).orElse(null);
            standen.add(stand(t, c, bij, peildatum));
        }
        return standen;
    }

    private static Toelichtingsstand stand(Toelichting t, Criterium c, List<Bevinding> bij, LocalDate peildatum) {
        List<Bevinding> toegelicht = bij.stream().filter(b -> b.status() == Status.TOEGELICHT).toList();
        if (!toegelicht.isEmpty()) {
            return new Toelichtingsstand(t, Toelichtingsstand.Soort.GEHONOREERD, geldigheid(t, c, peildatum), toegelicht);
        }
        List<Bevinding> tekort = bij.stream().filter(b -> b.status() == Status.NIET_VOLDAAN || b.status() == Status.OPEN).toList();
        if (!tekort.isEmpty()) {
            return new Toelichtingsstand(t, Toelichtingsstand.Soort.NIET_GEHONOREERD, String.join("; ", waaromNiet(t, c, peildatum)), tekort);
        }
        if (bij.isEmpty()) {
            return new Toelichtingsstand(t, Toelichtingsstand.Soort.VEROUDERD, "past bij geen bevinding van " + t.criterium()
                    + " (controleer het onderwerp: gemeente, ketenaanpak, jaar of afspraak)", bij);
        }
        if (bij.stream().anyMatch(b -> b.status() == Status.ONBEKEND)) {
            return new Toelichtingsstand(t, Toelichtingsstand.Soort.NIET_GEHONOREERD, "het bestand zegt niet dat " + t.criterium()
                    + " niet voldaan is (onbekend); een toelichting verklaart alleen een tekort: zet het feit op nee", bij);
        }
        String waarom = bij.stream().map(b -> b.status().label()).distinct().collect(Collectors.joining(", "));
        return new Toelichtingsstand(t, Toelichtingsstand.Soort.VEROUDERD, "niet meer nodig: " + t.criterium() + " is " + waarom, bij);
    }

    /**
     * The explanations of one file checked against the catalogue: the criterion exists (else a suggestion), may be
     * explained, and the subject names what the criterion is judged for; each subject once.
     */
    public static List<Invoerfout> controleer(List<Toelichting> toelichtingen, Catalogus catalogus) {
        List<Invoerfout> fouten = new ArrayList<>();
        Map<String, Herkomst> gezien = new HashMap<>();
        List<String> ids = catalogus.criteria().stream().map(Criterium::id).toList();
        for (Toelichting t : toelichtingen) {
            Criterium c = catalogus.criterium(t.criterium()).orElse(null);
            if (c == null) {
                fouten.add(fout(t.criteriumHerkomst(), "onbekend criterium '" + t.criterium() + "'" + Levenshtein.suggestie(t.criterium(), ids),
                        "een criterium-id uit `galacheck criteria`"));
                continue;
            }
            String verboden = nietToelichtbaar(c);
            if (verboden != null) {
                fouten.add(fout(t.criteriumHerkomst(), verboden, "een criterium dat de regio kan toelichten"));
                continue;
            }
            onderwerp(t, c, fouten);
            String sleutel = String.join("|", t.criterium(), String.valueOf(t.gemeente()), String.valueOf(t.ketenaanpak()),
                    String.valueOf(t.onderdeel()));
            Herkomst eerder = gezien.putIfAbsent(sleutel, t.herkomst());
            if (eerder != null) {
                fouten.add(fout(t.herkomst(), "nog een toelichting bij " + t.criterium() + " voor hetzelfde onderwerp (eerder op regel "
                        + eerder.regel() + ")", "één toelichting per criterium en onderwerp"));
            }
        }
        return fouten;
    }

    private static void onderwerp(Toelichting t, Criterium c, List<Invoerfout> fouten) {
        Herkomst h = t.herkomst().ontbrekend("onderwerp");
        boolean perGemeente = c.scope().equals("gemeente") || c.scope().equals("ketenaanpak-gemeente");
        if (perGemeente && t.gemeente() == null) {
            fouten.add(fout(h, c.id() + " wordt per gemeente getoetst: noem de gemeente", "onderwerp.gemeente: GM…"));
        }
        if (!perGemeente && t.gemeente() != null) {
            fouten.add(fout(h, c.id() + " wordt niet per gemeente getoetst", "geen onderwerp.gemeente"));
        }
        if (c.scope().startsWith("ketenaanpak") && c.ketenaanpak() == null && t.ketenaanpak() == null) {
            fouten.add(fout(h, c.id() + " wordt per ketenaanpak getoetst: noem de ketenaanpak", "onderwerp.ketenaanpak"));
        }
        if (c.ketenaanpak() != null && t.ketenaanpak() != null && !c.ketenaanpak().equals(t.ketenaanpak())) {
            fouten.add(fout(h, c.id() + " hoort bij de ketenaanpak " + c.ketenaanpak(), "onderwerp.ketenaanpak: " + c.ketenaanpak()));
        }
        if (!c.jaren().isEmpty() && t.onderdeel() == null) {
            fouten.add(fout(h, c.id() + " is een jaarlijkse plicht: noem het jaar", "onderwerp.jaar: een van " + c.jaren()));
        }
    }

    private static Invoerfout fout(Herkomst h, String melding, String verwacht) {
        return new Invoerfout(h.bestand(), h.regel(), h.kolom(), h.pad(), melding, verwacht, null);
    }
}
