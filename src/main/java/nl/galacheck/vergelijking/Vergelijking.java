package nl.galacheck.vergelijking;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.RegioToetsing;
import nl.galacheck.toetsing.Status;

/**
 * What changed between two assessments of the same regions: per region what closed, opened, became late
 * or otherwise changed status, and the change in the verdicts B0 and K00. Computed once here; renderers only
 * present it, and the exit code of {@code vergelijk} comes from {@link #heeftVerslechteringen()}.
 *
 * @param andereRegels the two were made with different rule sets (allowed only when asked; the output says so)
 * @param alleenOud    region codes only in the older assessment
 * @param alleenNieuw  region codes only in the newer one
 */
public record Vergelijking(Stand oud, Stand nieuw, boolean andereRegels, List<RegioVergelijking> regios,
                           List<String> alleenOud, List<String> alleenNieuw) {

    /**
     * One region compared.
     *
     * @param infrastructuur the change in B0 (null when neither side has it)
     * @param ingericht      the change in K00, per ketenaanpak that has it on either side
     * @param wijzigingen    every changed finding except B0 and K00, in report order (newer side first)
     * @param tellingOud     findings per status before (every status present)
     * @param tellingNieuw   findings per status after
     */
    public record RegioVergelijking(String code, String naam, Overgang infrastructuur, List<Overgang> ingericht,
                                    List<Wijziging> wijzigingen, Map<Status, Long> tellingOud, Map<Status, Long> tellingNieuw) {

        public List<Wijziging> van(Wijziging.Soort soort) {
            return wijzigingen.stream().filter(w -> w.soort() == soort).toList();
        }

        /** The mandatory regional findings that got worse (B0 and K00 included). */
        public List<Wijziging> verslechteringen() {
            List<Wijziging> lijst = new ArrayList<>();
            if (infrastructuur != null && infrastructuur.wijziging() != null && infrastructuur.wijziging().isVerslechtering()) {
                lijst.add(infrastructuur.wijziging());
            }
            ingericht.stream().map(Overgang::wijziging).filter(w -> w != null && w.isVerslechtering()).forEach(lijst::add);
            wijzigingen.stream().filter(Wijziging::isVerslechtering).forEach(lijst::add);
            return lijst;
        }
    }

    /**
     * A derived verdict before and after.
     *
     * @param onderwerp "B0" or the ketenaanpak code
     * @param wijziging null when the status stayed the same
     */
    public record Overgang(String onderwerp, Status oud, Status nieuw, Wijziging wijziging) {

        public boolean isGewijzigd() {
            return oud != nieuw;
        }
    }

    public boolean heeftVerslechteringen() {
        return regios.stream().anyMatch(r -> !r.verslechteringen().isEmpty());
    }

    public boolean verschillendeRegels() {
        return !Objects.equals(oud.regelsSha256(), nieuw.regelsSha256());
    }

    /** Compares by region code; {@code andereRegels} records that different rule sets were allowed. */
    public static Vergelijking van(Stand oud, Stand nieuw, boolean andereRegels) {
        Map<String, Stand.RegioStand> oudPerCode = new LinkedHashMap<>();
        oud.regios().forEach(r -> oudPerCode.put(r.code(), r));
        List<RegioVergelijking> regios = new ArrayList<>();
        List<String> alleenNieuw = new ArrayList<>();
        for (Stand.RegioStand n : nieuw.regios()) {
            Stand.RegioStand o = oudPerCode.remove(n.code());
            if (o == null) {
                alleenNieuw.add(n.code());
            } else {
                regios.add(regio(o, n));
            }
        }
        return new Vergelijking(oud, nieuw, andereRegels && !Objects.equals(oud.regelsSha256(), nieuw.regelsSha256()),
                regios, List.copyOf(oudPerCode.keySet()), alleenNieuw);
    }

    private static RegioVergelijking regio(Stand.RegioStand oud, Stand.RegioStand nieuw) {
        Map<String, Punt> voor = new LinkedHashMap<>();
        oud.punten().forEach(p -> voor.put(p.sleutel(), p));
        List<Wijziging> wijzigingen = new ArrayList<>();
        Overgang infrastructuur = null;
        Map<String, Overgang> ingericht = new LinkedHashMap<>();
        for (Punt n : nieuw.punten()) {
            Punt o = voor.remove(n.sleutel());
            Wijziging w = Wijziging.van(o, n);
            if (n.criterium().equals(RegioToetsing.INFRASTRUCTUUR)) {
                infrastructuur = new Overgang("B0", o == null ? null : o.status(), n.status(), w);
            } else if (n.criterium().equals(RegioToetsing.INGERICHT)) {
                ingericht.put(n.onderwerp().ketenaanpak(), new Overgang(n.onderwerp().ketenaanpak(), o == null ? null : o.status(), n.status(), w));
            } else if (w != null) {
                wijzigingen.add(w);
            }
        }
        for (Punt o : voor.values()) {
            Wijziging w = Wijziging.van(o, null);
            if (o.criterium().equals(RegioToetsing.INFRASTRUCTUUR)) {
                infrastructuur = new Overgang("B0", o.status(), null, w);
            } else if (o.criterium().equals(RegioToetsing.INGERICHT)) {
                ingericht.put(o.onderwerp().ketenaanpak(), new Overgang(o.onderwerp().ketenaanpak(), o.status(), null, w));
            } else {
                wijzigingen.add(w);
            }
        }
        List<Overgang> perKetenaanpak = ingericht.values().stream()
                .sorted(java.util.Comparator.comparingInt(g -> Ketenaanpak.metNaam(g.onderwerp()).map(Enum::ordinal).orElse(99)))
                .toList();
        return new RegioVergelijking(nieuw.code(), nieuw.naam(), infrastructuur, perKetenaanpak, List.copyOf(wijzigingen),
                telling(oud.punten()), telling(nieuw.punten()));
    }

    private static Map<Status, Long> telling(List<Punt> punten) {
        Map<Status, Long> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0L);
        }
        punten.forEach(p -> m.merge(p.status(), 1L, Long::sum));
        return m;
    }
}
