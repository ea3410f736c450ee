package nl.galacheck.rapport.overzicht;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.galacheck.overzicht.Aandeel;
import nl.galacheck.overzicht.Cel;
import nl.galacheck.overzicht.Kolom;
import nl.galacheck.overzicht.OngeldigBestand;
import nl.galacheck.overzicht.Overzicht;
import nl.galacheck.overzicht.Rij;
import nl.galacheck.overzicht.Vergelijking;
import nl.galacheck.regels.Referentie;
import nl.galacheck.toetsing.Status;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overview as JSON (README, "Overzicht"): columns with their national totals, rows with their cells
 * (keyed by column), the RIVM comparisons and the invalid files. Stable: no timestamps, fixed order.
 */
final class OverzichtJsonRenderer implements OverzichtRenderer {

    static final int FORMAATVERSIE = 1;

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Document(int formaatversie, LocalDate peildatum, String regels, Filter filter, int regios, int gemeenten,
                    List<OngeldigBestand> ongeldig, List<KolomJson> kolommen, List<RijJson> rijen, List<VergelijkingJson> vergelijkingen) {
    }

    record Filter(String partij, String zorgverzekeraar, String ketenaanpak) {
    }

    /** @param totaal units per status over all regions (municipalities for a per-gemeente criterion) */
    record KolomJson(String sleutel, String criterium, String titel, String blok, String groep, String ketenaanpak, String ernst,
                     String partij, boolean perGemeente, String eenheid, int vanToepassing, Map<Status, Integer> totaal) {
    }

    record RijJson(String regio, String naam, String bestand, int gemeenten, String zorgverzekeraar, boolean verplichteTekorten,
                   Map<String, CelJson> cellen) {
    }

    /** @param telling only the statuses that occur */
    record CelJson(Status status, int voldaan, int vanToepassing, Map<Status, Integer> telling) {
    }

    record RivmJson(int percentage, int aantal, int basis, String omschrijving) {
    }

    record AandeelJson(int gezet, int basis, int onbekend, Double percentage) {
    }

    /** @param basis the basis of every share in it, as the RIVM figure's: gemeenten, gestarte gemeenten, zorgverzekeraars */
    record VergelijkingJson(String id, String ketenaanpak, String titel, String basis, RivmJson rivm, AandeelJson set,
                            Map<String, AandeelJson> perRegio) {
    }

    @Override
    public void schrijf(Overzicht o, OutputStream uit) {
        var f = o.filter();
        List<KolomJson> kolommen = o.kolommen().stream().map(k -> kolom(o, k)).toList();
        List<RijJson> rijen = o.rijen().stream().map(r -> rij(o, r)).toList();
        List<VergelijkingJson> vergelijkingen = o.vergelijkingen().stream().map(OverzichtJsonRenderer::vergelijking).toList();
        mapper.writeValue(uit, new Document(FORMAATVERSIE, o.peildatum(), o.regels(), new Filter(f.partij(), f.zorgverzekeraar(), f.ketenaanpak()),
                o.rijen().size(), o.gemeenten(), o.ongeldig(), kolommen, rijen, vergelijkingen));
    }

    private static KolomJson kolom(Overzicht o, Kolom k) {
        var c = k.criterium();
        var t = o.totaal(k);
        return new KolomJson(k.sleutel(), c.id(), c.titel(), k.blok(), c.groep(), k.ketenaanpak(), c.ernst().label(), c.partij(),
                k.perGemeente(), k.eenheid(), t.vanToepassing(), geordend(t.telling(), false));
    }

    private static RijJson rij(Overzicht o, Rij r) {
        Map<String, CelJson> cellen = new LinkedHashMap<>();
        for (Kolom k : o.kolommen()) {
            r.cel(k).ifPresent(c -> cellen.put(k.sleutel(), cel(c)));
        }
        return new RijJson(r.regio(), r.naam(), r.bestand(), r.gemeenten(), r.zorgverzekeraar(), r.verplichteTekorten(), cellen);
    }

    private static CelJson cel(Cel c) {
        return new CelJson(c.status(), c.voldaan(), c.vanToepassing(), geordend(c.telling(), true));
    }

    private static Map<Status, Integer> geordend(Map<Status, Integer> telling, boolean alleenAanwezig) {
        Map<Status, Integer> m = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            if (!alleenAanwezig || telling.get(s) > 0) {
                m.put(s, telling.get(s));
            }
        }
        return m;
    }

    private static VergelijkingJson vergelijking(Vergelijking v) {
        Map<String, AandeelJson> perRegio = new LinkedHashMap<>();
        v.perRegio().forEach((r, a) -> perRegio.put(r, aandeel(a)));
        Referentie r = v.rivm();
        return new VergelijkingJson(v.id(), v.ketenaanpak(), v.titel(), v.basis().name().toLowerCase().replace('_', '-'),
                r == null ? null : new RivmJson(r.percentage(), r.aantal(), r.basis(), r.omschrijving()), aandeel(v.set()), perRegio);
    }

    private static AandeelJson aandeel(Aandeel a) {
        return new AandeelJson(a.gezet(), a.basis(), a.onbekend(), a.percentage() == null ? null : Math.round(a.percentage() * 10) / 10.0);
    }
}
