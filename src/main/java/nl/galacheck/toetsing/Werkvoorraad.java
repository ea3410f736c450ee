package nl.galacheck.toetsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.regio.Herkomst;
import nl.galacheck.regio.Ketenaanpak;

/**
 * What a region has to do, in the order people act on it: the mandatory gaps most overdue first, the
 * keys the file still has to fill in, and what is blocked nationally. Computed once here so every
 * report format shows the same list.
 *
 * @param eerstTeDoen mandatory regional findings NIET_VOLDAAN or OPEN: most days late first, then those
 *                    without a deadline, then the nearest deadline
 * @param aanTeVullen mandatory regional findings ONBEKEND, grouped by the key the file lacks, in file order
 * @param landelijk   per ketenaanpak what national parties still owe and what that blocks
 */
public record Werkvoorraad(List<Bevinding> eerstTeDoen, List<Aanvulling> aanTeVullen, List<LandelijkeBlokkade> landelijk) {

    // compiled once: they run for every finding the file lacks a fact for
    private static final java.util.regex.Pattern INDEX = java.util.regex.Pattern.compile("\\[\\d+]");
    private static final java.util.regex.Pattern KETENAANPAK = java.util.regex.Pattern.compile("ketenaanpakken\\.[a-z-]+");

    /** One missing key and the findings that wait for it (one per subject). */
    public record Aanvulling(String sleutel, Herkomst plaats, List<Bevinding> bevindingen) {

        /** The criteria that wait for this key, in catalogue order. */
        public List<String> criteria() {
            return bevindingen.stream().map(b -> b.criterium().id()).distinct().toList();
        }

        /** The ketenaanpakken that lack it (codes, in the order of the findings); empty for other keys. */
        public List<String> ketenaanpakken() {
            return bevindingen.stream().map(b -> b.onderwerp().ketenaanpak()).filter(java.util.Objects::nonNull).distinct().toList();
        }

        /** The municipalities that lack it (codes); empty for regional keys. */
        public List<String> gemeenten() {
            return bevindingen.stream().map(b -> b.onderwerp().gemeente()).filter(java.util.Objects::nonNull).distinct().toList();
        }
    }

    /**
     * One ketenaanpak held back nationally: the national preconditions not met or unknown, and the
     * regional findings GEBLOKKEERD_LANDELIJK because of them.
     */
    public record LandelijkeBlokkade(Ketenaanpak ketenaanpak, List<Bevinding> ontbrekend, List<Bevinding> onbekend,
                                     List<Bevinding> geblokkeerd) {
    }

    static Werkvoorraad van(RegioToetsing r) {
        List<Bevinding> regionaalVerplicht = r.bevindingen().stream()
                .filter(b -> b.criterium().isVerplicht() && !b.criterium().isLandelijk() && !b.criterium().isAfgeleid()).toList();
        List<Bevinding> teDoen = new ArrayList<>(regionaalVerplicht.stream()
                .filter(b -> b.status() == Status.NIET_VOLDAAN || b.status() == Status.OPEN).toList());
        teDoen.sort(URGENTIE);
        return new Werkvoorraad(teDoen, aanTeVullen(regionaalVerplicht), landelijk(r));
    }

    /** Overdue (most days first), then not met without a deadline, then open (nearest deadline first). */
    static final Comparator<Bevinding> URGENTIE = Comparator
            .comparingInt((Bevinding b) -> b.status() == Status.OPEN ? 2 : b.dagenTeLaat() == null ? 1 : 0)
            .thenComparingInt(b -> b.status() == Status.OPEN ? b.dagenResterend() : b.dagenTeLaat() == null ? 0 : -b.dagenTeLaat());

    /**
     * Grouped by the missing key with list indices dropped and, where several ketenaanpakken lack the same
     * key, the ketenaanpak as a placeholder: one line per thing to write, however many subjects wait for it.
     */
    private static List<Aanvulling> aanTeVullen(List<Bevinding> regionaalVerplicht) {
        Map<String, List<Bevinding>> perPatroon = new LinkedHashMap<>();
        Map<String, Herkomst> plaats = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> sleutels = new LinkedHashMap<>();
        regionaalVerplicht.stream().filter(b -> b.status() == Status.ONBEKEND).forEach(b -> {
            Herkomst h = b.feiten().stream().filter(f -> !f.aanwezig()).findFirst().orElse(b.feiten().isEmpty() ? null : b.feiten().get(0));
            String sleutel = h == null ? "(geen plaats)" : INDEX.matcher(h.pad()).replaceAll("[]");
            String patroon = KETENAANPAK.matcher(sleutel).replaceAll("ketenaanpakken.<ketenaanpak>");
            perPatroon.computeIfAbsent(patroon, k -> new ArrayList<>()).add(b);
            sleutels.computeIfAbsent(patroon, k -> new java.util.LinkedHashSet<>()).add(sleutel);
            plaats.putIfAbsent(patroon, h);
        });
        return perPatroon.entrySet().stream()
                .map(e -> new Aanvulling(sleutels.get(e.getKey()).size() == 1 ? sleutels.get(e.getKey()).iterator().next() : e.getKey(),
                        plaats.get(e.getKey()), List.copyOf(e.getValue())))
                .sorted(Comparator.comparingInt((Aanvulling a) -> a.plaats() == null ? Integer.MAX_VALUE : a.plaats().regel())
                        .thenComparing(Aanvulling::sleutel))
                .toList();
    }

    private static List<LandelijkeBlokkade> landelijk(RegioToetsing r) {
        List<LandelijkeBlokkade> lijst = new ArrayList<>();
        for (Ketenaanpak k : Ketenaanpak.values()) {
            List<Bevinding> eigen = r.vanKetenaanpak(k.code());
            List<Bevinding> nationaal = eigen.stream().filter(b -> b.criterium().isLandelijk() && b.criterium().isVerplicht()).toList();
            List<Bevinding> ontbrekend = nationaal.stream()
                    .filter(b -> b.status() == Status.NIET_VOLDAAN || b.status() == Status.OPEN).toList();
            List<Bevinding> onbekend = nationaal.stream().filter(b -> b.status() == Status.ONBEKEND).toList();
            List<Bevinding> geblokkeerd = eigen.stream().filter(b -> b.status() == Status.GEBLOKKEERD_LANDELIJK && !b.criterium().isAfgeleid()).toList();
            if (!ontbrekend.isEmpty() || !onbekend.isEmpty() || !geblokkeerd.isEmpty()) {
                lijst.add(new LandelijkeBlokkade(k, ontbrekend, onbekend, geblokkeerd));
            }
        }
        return lijst;
    }
}
