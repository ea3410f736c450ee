package nl.galacheck.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    private Afgeleid() {
    }

    /** One verdict per subject of each derived criterion: the region, or each ketenaanpak the file has. */
    static List<Oordeel> oordelen(Catalogus catalogus, Regiobestand bestand, List<Oordeel> gewogen, LocalDate peildatum) {
        List<Oordeel> uit = new ArrayList<>();
        for (Criterium afgeleid : catalogus.criteria()) {
            if (!afgeleid.isAfgeleid()) {
                continue;
            }
            List<Criterium> onderdelen = catalogus.criteria().stream()
                    .filter(c -> afgeleid.afgeleidUit().contains(c.groep()) && c.isVerplicht() && !c.isLandelijk() && !c.isAfgeleid())
                    .toList();
            java.util.Set<String> ids = onderdelen.stream().map(Criterium::id).collect(java.util.stream.Collectors.toSet());
            if ("ketenaanpak".equals(afgeleid.scope())) {
                for (Ketenaanpakafspraken k : bestand.ketenaanpakken()) {
                    List<Oordeel> van = gewogen.stream()
                            .filter(o -> ids.contains(o.criterium()) && Objects.equals(o.onderwerp().ketenaanpak(), k.ketenaanpak()))
                            .toList();
                    uit.add(Oordeel.alleVoldaan(afgeleid.id(), Onderwerp.ketenaanpak(k.regio(), k.ketenaanpak()),
                            afgeleid.tijdpad(), peildatum, van, onderdelen));
                }
            } else {
                List<Oordeel> van = gewogen.stream().filter(o -> ids.contains(o.criterium())).toList();
                uit.add(Oordeel.alleVoldaan(afgeleid.id(), Onderwerp.regio(bestand.regio().code()), afgeleid.tijdpad(), peildatum,
                        van, onderdelen));
            }
        }
        return uit;
    }
}
