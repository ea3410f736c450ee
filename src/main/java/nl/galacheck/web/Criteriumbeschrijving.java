package nl.galacheck.web;

import java.time.LocalDate;
import java.util.List;

import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;

/** A criterion as the API shows it: what {@code galacheck uitleg} prints, from the catalogue only. */
record Criteriumbeschrijving(String id, String titel, String groep, String groepnaam, String ernst, String partij, String beoordeeldPer,
                             LocalDate termijn, List<Integer> jaren, String ketenaanpak, List<String> afhankelijkVan,
                             String vanToepassing, String bron, String brontekst, String bewijs, String herstel) {

    /** One line of the catalogue list. */
    record Kort(String id, String titel, String groep, String ernst, String partij, LocalDate termijn, List<Integer> jaren) {
        static Kort van(Criterium c) {
            return new Kort(c.id(), c.titel(), c.groep(), c.ernst().label(), c.partij(), c.tijdpad(), c.jaren());
        }
    }

    static Criteriumbeschrijving van(Criterium c, Catalogus catalogus) {
        return new Criteriumbeschrijving(c.id(), c.titel(), c.groep(), catalogus.groep(c.groep()).naam(), c.ernst().label(), c.partij(),
                c.scope(), c.tijdpad(), c.jaren(), c.ketenaanpak(), c.afhankelijkVan(),
                c.vanToepassing() == null ? null : c.vanToepassing().omschrijving(), c.bron(), c.brontekst(),
                c.bewijs(), c.herstel());
    }
}
