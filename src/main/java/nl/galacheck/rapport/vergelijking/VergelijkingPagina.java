package nl.galacheck.rapport.vergelijking;

import java.util.List;

import nl.galacheck.toetsing.Status;
import nl.galacheck.vergelijking.Punt;
import nl.galacheck.vergelijking.Vergelijking;
import nl.galacheck.vergelijking.Wijziging;

/**
 * What the HTML template of {@code vergelijk} shows ({@code src/main/jte/vergelijking/vergelijking.jte}): the words
 * and groupings of {@link Vergelijkingstekst}, nothing decided here.
 */
public record VergelijkingPagina(String oud, String nieuw, String andereRegels, List<String> alleenInEen, List<Regio> regios,
                                 String samenvatting, boolean verslechterd) {

    /** One region: the verdicts before and after, the counts, and a table per kind of change. */
    public record Regio(String kop, List<String[]> oordelen, String telling, List<Sectie> secties) {
    }

    /** One kind of change with its rows. */
    public record Sectie(String kop, List<Rij> rijen) {
    }

    /** One changed finding; {@code klasse} the CSS class of its new status. */
    public record Rij(String criterium, String titel, String onderwerp, String partij, String ernst, String verandering,
                      boolean verslechterd, String klasse) {
    }

    static VergelijkingPagina van(Vergelijking v) {
        List<String> alleen = new java.util.ArrayList<>();
        v.alleenOud().forEach(c -> alleen.add("regio " + c + " staat alleen in oud"));
        v.alleenNieuw().forEach(c -> alleen.add("regio " + c + " staat alleen in nieuw"));
        return new VergelijkingPagina(Vergelijkingstekst.stand(v.oud()), Vergelijkingstekst.stand(v.nieuw()),
                v.andereRegels() ? Vergelijkingstekst.andereRegels(v) : null, alleen, v.regios().stream().map(VergelijkingPagina::regio).toList(),
                Vergelijkingstekst.samenvatting(v), v.heeftVerslechteringen());
    }

    private static Regio regio(Vergelijking.RegioVergelijking r) {
        List<String[]> oordelen = new java.util.ArrayList<>();
        if (r.infrastructuur() != null) {
            oordelen.add(new String[] {"Preventie-infrastructuur (B0)", Vergelijkingstekst.overgang(r.infrastructuur())});
        }
        r.ingericht().forEach(k -> oordelen.add(new String[] {"K00 " + Vergelijkingstekst.ketenaanpak(k.onderwerp()),
                Vergelijkingstekst.overgang(k)}));
        List<Sectie> secties = Vergelijkingstekst.SOORTEN.stream().filter(s -> !r.van(s).isEmpty())
                .map(s -> new Sectie(VergelijkingTekst.kop(s) + " (" + r.van(s).size() + ")", r.van(s).stream().map(VergelijkingPagina::rij).toList()))
                .toList();
        return new Regio(r.naam() + " (" + r.code() + ")", oordelen, Vergelijkingstekst.telling(r.tellingOud(), r.tellingNieuw()), secties);
    }

    private static Rij rij(Wijziging w) {
        Punt p = w.punt();
        Status s = w.nieuw() == null ? null : w.nieuw().status();
        return new Rij(p.criterium(), p.titel(), p.onderwerp().label(), p.partij(), p.ernst(), Vergelijkingstekst.van(w),
                w.isVerslechtering(), s == null ? "geen" : s.name().toLowerCase().replace('_', '-'));
    }
}
