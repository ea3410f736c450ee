package nl.galacheck.toetsdienst;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.galacheck.rapport.Renderer;
import nl.galacheck.rapport.Weergave;
import nl.galacheck.toetsing.Selectie;

/**
 * The options of one check, the same for the command line and the web: the peildatum (never shared between
 * checks), the selection, how much to show, and the formats that will present the report (a format that
 * shows the timeline costs a replay per month, so it is computed only when one asks for it).
 */
public record Toetsopties(LocalDate peildatum, Selectie selectie, Weergave weergave, List<Renderer> formaten) {

    public Toetsopties {
        Objects.requireNonNull(peildatum, "peildatum");
        selectie = selectie == null ? Selectie.ALLES : selectie;
        weergave = weergave == null ? Weergave.STANDAARD : weergave;
        formaten = List.copyOf(formaten);
    }

    boolean metTijdlijn() {
        return formaten.stream().anyMatch(Renderer::toontTijdlijn);
    }
}
