package nl.galacheck.rapport;

import java.util.ArrayList;
import java.util.List;

/** The provenance as (label, value) pairs, for the formats that list it line by line. */
final class Verantwoordingsregels {

    private Verantwoordingsregels() {
    }

    static List<String[]> van(Rapport rapport) {
        Verantwoording v = rapport.verantwoording();
        List<String[]> regels = new ArrayList<>();
        regels.add(new String[] {"galacheck", v.versie()});
        regels.add(new String[] {"peildatum", v.peildatum().toString()});
        regels.add(new String[] {"regels", v.regels()});
        regels.add(new String[] {"regels sha256", v.regelsSha256()});
        v.invoer().forEach(i -> regels.add(new String[] {"invoer " + i.bestand() + " sha256", i.sha256()}));
        if (!rapport.selectie().isAlles()) {
            regels.add(new String[] {"selectie", rapport.selectie().omschrijving()});
        }
        return regels;
    }
}
