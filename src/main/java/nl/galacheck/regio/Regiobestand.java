package nl.galacheck.regio;

import java.util.ArrayList;
import java.util.List;

/** Everything one region file says, as facts ready to be inserted into a rule session. */
public record Regiobestand(Regio regio, List<Gemeente> gemeenten, Mandaat mandaat, List<Machtiging> machtigingen,
                           Regiobeeld regiobeeld, Financiering financiering, Regioplan regioplan,
                           List<Uitvoeringsafspraak> uitvoering, Inkoop inkoop, Monitoring monitoring,
                           List<Ketenaanpakafspraken> ketenaanpakken,
                           List<GemeentelijkeKetenaanpak> gemeentelijkeKetenaanpakken, List<Toelichting> toelichtingen) {

    public Regiobestand {
        gemeenten = List.copyOf(gemeenten);
        machtigingen = List.copyOf(machtigingen);
        uitvoering = List.copyOf(uitvoering);
        ketenaanpakken = List.copyOf(ketenaanpakken);
        gemeentelijkeKetenaanpakken = List.copyOf(gemeentelijkeKetenaanpakken);
        toelichtingen = toelichtingen == null ? List.of() : List.copyOf(toelichtingen);
    }

    /**
     * All facts of this file the rules judge, in file order. The explanations are not among them: the engine weighs
     * them against the rules' verdicts afterwards ({@code toetsing.Afweging}).
     */
    public List<Object> feiten() {
        List<Object> feiten = new ArrayList<>();
        feiten.add(regio);
        feiten.addAll(gemeenten);
        feiten.add(mandaat);
        feiten.addAll(machtigingen);
        feiten.add(regiobeeld);
        feiten.add(financiering);
        feiten.add(regioplan);
        feiten.addAll(uitvoering);
        feiten.add(inkoop);
        feiten.add(monitoring);
        feiten.addAll(ketenaanpakken);
        feiten.addAll(gemeentelijkeKetenaanpakken);
        return feiten;
    }
}
