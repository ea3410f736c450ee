package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.galacheck.regels.Criterium;
import nl.galacheck.regels.LandelijkeVoorwaarde;
import nl.galacheck.regio.Feit;
import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.GemeentelijkeKetenaanpak;
import nl.galacheck.regio.Herkomst;

/**
 * What the catalogue declares around a rule's verdict, applied in one place before the deadline
 * ({@link Toetser}): rules judge only the file's facts, and a criterion declares the rest.
 * <ol>
 * <li>{@code van_toepassing}: a municipality that did not apply for the SPUK part → NIET_VAN_TOEPASSING;</li>
 * <li>the file's own facts: the rule's verdict (ONBEKEND when silent, NIET_VOLDAAN when explicitly not);</li>
 * <li>a municipality's phased start ({@code gepland}) is the deadline of each of its criteria of that
 * ketenaanpak when it is later (GALA r. 2144–2153);</li>
 * <li>{@code afhankelijk_van}: a file that says nothing stays ONBEKEND (with a note); a "yes" or "no" of the file
 * cannot count while a national precondition is missing: GEBLOKKEERD_LANDELIJK, the file's facts kept. The
 * precondition is judged on the verdict's own deadline when that has passed (one that lapses later changes
 * nothing), and for SPUK money in the years the municipality requested it.</li>
 * </ol>
 */
public final class Voorwaarden {

    private Voorwaarden() {
    }

    /**
     * The verdict {@code o} on criterion {@code c} with applicability, phasing and national preconditions applied.
     *
     * @param gemeente     the municipality the verdict is about, or null
     * @param gemeentelijk that municipality's ketenaanpak the verdict is about, or null
     */
    public static Oordeel pas(Oordeel o, Criterium c, LocalDate peildatum, Gemeente gemeente, GemeentelijkeKetenaanpak gemeentelijk,
                              List<LandelijkeVoorwaarde> landelijk) {
        String onderdeel = c.vanToepassing() == null ? null : c.vanToepassing().spukOnderdeel();
        if (onderdeel != null && gemeente != null) {
            Feit spuk = gemeente.spukOnderdelen();
            if (!spuk.isAfwezig() && !Spuk.aangevraagd(spuk, onderdeel)) {
                return Oordelen.nietVanToepassing(c.id(), o.onderwerp(), Spuk.nietAangevraagd(spuk, onderdeel), spuk);
            }
        }
        if (o.uitkomst() == Uitkomst.NIET_VAN_TOEPASSING) {
            return o;
        }
        Oordeel oordeel = gefaseerd(o, c, gemeentelijk);
        if (!c.afhankelijkVan().isEmpty()) {
            List<Integer> jaren = onderdeel != null && gemeente != null ? Spuk.jaren(gemeente.spukOnderdelen(), onderdeel) : List.of();
            oordeel = landelijk(oordeel, c, peildatum, jaren, landelijk);
        }
        return onderdeel != null && gemeente != null ? Spuk.onbekendGetoetst(oordeel, gemeente.spukOnderdelen(), onderdeel) : oordeel;
    }

    /** The planned start of this municipality for this ketenaanpak, when later than the criterion's own deadline. */
    private static Oordeel gefaseerd(Oordeel o, Criterium c, GemeentelijkeKetenaanpak g) {
        if (!"ketenaanpak-gemeente".equals(c.scope())) {
            return o;
        }
        if (g == null || g.gepland() == null) {
            return o;
        }
        LocalDate eigen = o.termijn() != null ? o.termijn() : c.tijdpad();
        if (eigen != null && !g.gepland().isAfter(eigen)) {
            return o;
        }
        // "De uitrol per regio en per gemeente zal verschillen in de tijd" (r. 2144–2146)
        return o.metTermijn(g.gepland()).metReden(o.reden() + "; termijn: de geplande start van deze gemeente op " + g.gepland()
                + " (`" + g.herkomst().pad() + ".gepland`, regionale fasering)");
    }

    private static Oordeel landelijk(Oordeel o, Criterium c, LocalDate peildatum, List<Integer> jaren, List<LandelijkeVoorwaarde> landelijk) {
        String ketenaanpak = c.ketenaanpak() != null ? c.ketenaanpak() : o.onderwerp().ketenaanpak();
        LocalDate termijn = o.termijn() != null ? o.termijn() : c.tijdpad();
        // a precondition that lapses after the verdict's own deadline does not change that verdict
        LocalDate peil = termijn != null && termijn.isBefore(peildatum) ? termijn : peildatum;
        List<LandelijkeVoorwaarde> relevant = landelijk.stream()
                .filter(v -> Objects.equals(v.ketenaanpak(), ketenaanpak) && c.afhankelijkVan().contains(v.criterium()))
                .sorted(Comparator.comparing(LandelijkeVoorwaarde::criterium)).toList();
        List<LandelijkeVoorwaarde> ontbrekend = relevant.stream()
                .filter(v -> v.status() == LandelijkeVoorwaarde.Status.GEEN
                        || (v.status() == LandelijkeVoorwaarde.Status.AANWEZIG && !v.bestondIn(jaren, peil)))
                .toList();
        List<LandelijkeVoorwaarde> onbekend = relevant.stream().filter(v -> v.status() == LandelijkeVoorwaarde.Status.ONBEKEND).toList();
        String wat = ontbrekend.stream().map(v -> omschrijving(v, jaren, peil)).collect(Collectors.joining("; "));
        // silent stays ONBEKEND; a "yes" or "no" of the file cannot count while the precondition is missing
        if (!ontbrekend.isEmpty() && o.uitkomst() != Uitkomst.ONBEKEND) {
            List<Herkomst> feiten = new ArrayList<>(o.feiten());
            ontbrekend.stream().map(LandelijkeVoorwaarde::herkomst).filter(h -> !feiten.contains(h)).forEach(feiten::add);
            List<String> bewijs = new ArrayList<>(o.bewijs());
            ontbrekend.stream().map(LandelijkeVoorwaarde::bron).filter(Objects::nonNull).filter(b -> !bewijs.contains(b)).forEach(bewijs::add);
            String namen = ontbrekend.stream().map(LandelijkeVoorwaarde::criterium).collect(Collectors.joining(", "));
            // the region's own action would be wrong advice here (buying what is not geduid): say what is national
            String herstel = "Landelijk: de regio hoeft niets te doen zolang " + namen + " ontbreekt; dat is aan de landelijke partijen"
                    + " (zie " + namen + "). Wat het bestand zegt, blijft bij de feiten staan. Is de landelijke voorwaarde er, dan wordt"
                    + " dit gewoon getoetst en is nodig: " + c.herstel();
            return new Oordeel(o.criterium(), o.onderwerp(), Uitkomst.GEBLOKKEERD_LANDELIJK, null, o.termijn(),
                    "landelijk geblokkeerd, geen regionaal tekort: " + wat + "; het bestand: " + o.reden(), feiten, bewijs, herstel);
        }
        Oordeel oordeel = ontbrekend.isEmpty() ? o : o.metReden(o.reden() + "; let op, landelijk ontbreekt: " + wat);
        return oordeel.metLandelijkOnbekend(onbekend);
    }

    private static String omschrijving(LandelijkeVoorwaarde v, List<Integer> jaren, LocalDate peil) {
        if (v.status() == LandelijkeVoorwaarde.Status.AANWEZIG && !jaren.isEmpty()) {
            return v.naam() + ": niet in de aangevraagde jaren " + jaren + " (alleen " + v.jaren() + ")";
        }
        return v.omschrijving(peil);
    }
}
