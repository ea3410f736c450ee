package nl.galacheck.invoer;

import java.util.List;

import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Machtiging;
import nl.galacheck.regio.Mandaat;

/**
 * Reads {@code mandaat} (bouwsteen 1, GALA §3G-I.1 and Bijlage 2): the mandate, the insurer's part, the powers,
 * the declarations of the municipalities and the contacts.
 */
final class MandaatLezer {

    private final String regiocode;

    MandaatLezer(String regiocode) {
        this.regiocode = regiocode;
    }

    Mandaat lees(MapLezer m, List<Machtiging> machtigingen) {
        Feit vastgesteld = m.bewijs("vastgesteld");
        Feit gemandateerde = m.gemeentecode("gemandateerde_gemeente");
        MapLezer zv = m.map("zorgverzekeraar");
        Feit zvCoordinerend = zv.tekst("coordinerend", "niet-van-toepassing");
        Feit zvMandaat = zv.bewijs("mandaat");
        // "indien van toepassing" (r. 1792–1794): niet-van-toepassing carries its reason in bron
        String zvBron = zv.tekst("bron").waarde();
        if (zvBron != null && zvCoordinerend.isJa()) {
            zvCoordinerend = new Feit(zvCoordinerend.herkomst(), zvCoordinerend.stand(), null, zvCoordinerend.waarde(), zvBron,
                    null, List.of());
        }
        zv.sluit();
        MapLezer.Bewijs bevoegdheden = m.bewijsObject("bevoegdheden");
        Feit bestuurlijk = bevoegdheden.velden().lijst("bestuurlijk");
        Feit ambtelijk = bevoegdheden.velden().lijst("ambtelijk");
        bevoegdheden.velden().sluit();
        Feit financieleRegeling = m.bewijs("financiele_regeling");
        Feit bekendgemaakt = m.bewijs("bekendgemaakt");
        Feit machtigingenFeit = m.aanwezigheid("machtigingen");
        List<MapLezer> lezers = m.lijstVanObjecten("machtigingen");
        for (MapLezer mm : lezers == null ? List.<MapLezer>of() : lezers) {
            Feit gemeente = mm.gemeentecode("gemeente");
            if (gemeente.isAfwezig() && !gemeente.herkomst().aanwezig()) {
                mm.fout(gemeente.herkomst(), "verplichte sleutel 'gemeente' ontbreekt", "de CBS-code van de gemeente die machtigt");
            }
            Feit door = mm.keuze("door", Formaatwoorden.ONDERTEKENAARS);
            Feit verklaring = new Feit(mm.herkomst(), Feit.Stand.JA, mm.datum("datum"), gemeente.waarde(),
                    mm.tekst("bron").waarde(), mm.tekst("toelichting").waarde(), List.of());
            mm.sluit();
            if (gemeente.isJa()) {
                machtigingen.add(new Machtiging(regiocode, gemeente.waarde(), door, verklaring));
            }
        }
        MapLezer aanspreekpunten = m.map("aanspreekpunten");
        Feit ambtelijkAanspreekpunt = aanspreekpunten.tekst("ambtelijk");
        Feit bestuurlijkAanspreekpunt = aanspreekpunten.tekst("bestuurlijk");
        aanspreekpunten.sluit();
        m.sluit();
        return new Mandaat(regiocode, m.herkomst(), vastgesteld, gemandateerde, zvCoordinerend, zvMandaat,
                bevoegdheden.feit(), bestuurlijk, ambtelijk, financieleRegeling, bekendgemaakt, machtigingenFeit,
                ambtelijkAanspreekpunt, bestuurlijkAanspreekpunt);
    }
}
