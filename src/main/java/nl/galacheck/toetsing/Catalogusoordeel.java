package nl.galacheck.toetsing;

import java.util.ArrayList;
import java.util.List;

import nl.galacheck.regels.Beoordeling;
import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.Feitverwijzing;
import nl.galacheck.regio.Feit;

/**
 * The verdicts on a criterion whose shape the catalogue declares ({@code feit}, {@code onderdeel_van},
 * {@code bevat}, {@code elk}, {@code jaren}, {@code periode}; see {@link Beoordeling}), for the generic rules
 * of rules/feiten.drl: one subject, the fact object it is about.
 */
public final class Catalogusoordeel {

    private Catalogusoordeel() {
    }

    /** The verdicts of criterion {@code c} for {@code onderwerp}, reading the declared facts from {@code bron}. */
    public static List<Oordeel> over(Criterium c, Onderwerp onderwerp, Peildatum p, Object bron) {
        Beoordeling b = c.beoordeling();
        Feit feit = b.feit().lees(bron);
        Feit document = b.onderdeelVan() == null ? null : b.onderdeelVan().lees(bron);
        if (b.periode() != null) {
            return c.jaren().stream().map(jaar -> periode(c, onderwerp.metJaar(jaar), p, feit, b.periode().lees(bron), jaar)).toList();
        }
        if (!c.jaren().isEmpty()) {
            return perJaar(c, onderwerp, p, feit);
        }
        if (!b.elk().isEmpty()) {
            return b.elk().stream().map(waarde -> element(c.id(), onderwerp.met(waarde), p, feit, document, waarde)).toList();
        }
        if (!b.bevat().isEmpty()) {
            return List.of(Oordelen.bevat(c.id(), onderwerp, p, feit, document, b.bevat().toArray(new String[0])));
        }
        List<Feit> feiten = new ArrayList<>();
        Feit lijst = b.ofGenoemdIn() == null || !feit.isAfwezig() ? null : b.ofGenoemdIn().lees(bron);
        feiten.add((lijst != null && lijst.bevat(b.waarde()) ? lijst.element(b.waarde()) : feit).onderdeelVan(document));
        b.feiten().stream().skip(1).map(f -> f.lees(bron).onderdeelVan(document)).forEach(feiten::add);
        return List.of(Oordelen.volgens(c.id(), onderwerp, p, feiten.toArray(new Feit[0])));
    }

    /** A yearly duty: one verdict per year begun on the peildatum, with 31 December as its deadline. */
    private static List<Oordeel> perJaar(Criterium c, Onderwerp onderwerp, Peildatum p, Feit jaren) {
        int eerste = c.jaren().get(0);
        if (eerste > p.datum().getYear()) {
            // every yearly duty of the agreement is a monitoring duty
            return List.of(Oordelen.nietVanToepassing(c.id(), onderwerp,
                    "de monitoring loopt vanaf " + eerste + "; op de peildatum is nog geen jaar begonnen", jaren));
        }
        return c.jaren().stream().filter(jaar -> jaar <= p.datum().getYear())
                .map(jaar -> Oordelen.jaar(c.id(), onderwerp, p, jaren, jaar).metTermijn(c.termijnVoorJaar(jaar))).toList();
    }

    /** One value of a list the text enumerates ({@code elk}): named in the list, dated with the document it is part of. */
    private static Oordeel element(String id, Onderwerp onderwerp, Peildatum p, Feit lijst, Feit document, String waarde) {
        if (lijst.isJa() && !lijst.bevat(waarde)) {
            return Oordelen.nietVoldaan(id, onderwerp, "`" + lijst.pad() + "` noemt " + waarde + " niet", lijst);
        }
        if (lijst.isJa()) {
            // a value of a list whose document does not (yet) exist is not met either
            return Oordelen.volgens(id, onderwerp, p, lijst.element(waarde).onderdeelVan(document));
        }
        return Oordelen.volgens(id, onderwerp, p, lijst);
    }

    /** One year of a duty over a period ({@code periode}): the list of years, read as from–to, covers it. */
    private static Oordeel periode(Criterium c, Onderwerp onderwerp, Peildatum p, Feit document, Feit periode, int jaar) {
        Oordeel oordeel;
        if (!document.isJa() || !periode.isJa()) {
            oordeel = Oordelen.volgens(c.id(), onderwerp, p, document, periode);
        } else {
            int van = periode.elementen().stream().mapToInt(j -> Integer.parseInt(j.waarde())).min().orElse(Integer.MAX_VALUE);
            int tot = periode.elementen().stream().mapToInt(j -> Integer.parseInt(j.waarde())).max().orElse(Integer.MIN_VALUE);
            if (periode.elementen().isEmpty() || jaar < van || jaar > tot) {
                oordeel = Oordelen.nietVoldaan(c.id(), onderwerp, "`" + periode.pad() + "` dekt "
                        + (periode.elementen().isEmpty() ? "geen jaren" : van + " t/m " + tot) + ", niet " + jaar, periode, document);
            } else {
                Oordeel o = Oordelen.volgens(c.id(), onderwerp, p, document).metFeiten(periode);
                oordeel = o.metReden(o.reden() + "; periode " + van + " t/m " + tot);
            }
        }
        return oordeel.metTermijn(c.termijnVoorJaar(jaar));
    }
}
