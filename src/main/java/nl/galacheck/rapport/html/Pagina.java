package nl.galacheck.rapport.html;

import java.util.List;

import nl.galacheck.rapport.Datums;
import nl.galacheck.rapport.Rapport;
import nl.galacheck.rapport.Verantwoording;

/** What the HTML report shows of a whole run: provenance, then a page section per region. */
public record Pagina(Rapport rapport, List<Regiopagina> regios) {

    public static Pagina van(Rapport rapport) {
        return new Pagina(rapport, rapport.toetsing().regios().stream()
                .map(r -> Regiopagina.van(rapport, r)).toList());
    }

    public String titel() {
        String namen = regios.size() == 1 ? regios.get(0).toetsing().regio().naam() : regios.size() + " regio's";
        return "GALA-toetsing " + namen + " — peildatum " + Datums.nl(rapport.toetsing().peildatum());
    }

    public Verantwoording verantwoording() {
        return rapport.verantwoording();
    }

    /** The filters, in words; empty when the report shows everything. */
    public String selectie() {
        return rapport.selectie().isAlles() ? "" : rapport.selectie().omschrijving();
    }

    public int criteria() {
        return rapport.toetsing().catalogus().grootte();
    }
}
