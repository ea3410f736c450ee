package nl.galacheck.invoer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import nl.galacheck.regio.Herkomst;
import nl.galacheck.regio.Regiobestand;

/**
 * The regions of a rule fixture file (README, "Fixtures"): each case's region is the file's base
 * ({@code basis:} — a named base of {@code fixturebasis.yaml}, or a region written in the file) with the
 * case's {@code zonder:} paths removed and its {@code regio:} changes merged in. Read with the real loader,
 * every message pointing at the line where the value was written: the case, or the base.
 */
public final class Fixtureregios {

    private final YamlBoomLezer boomLezer = new YamlBoomLezer(RegioLader.STANDAARD_MAX_BYTES);
    private final String naam;
    private final YamlKnoop basis;
    private final List<YamlKnoop> gevallen;

    /**
     * @param fixture       the fixture file
     * @param basisbestand  the shared named bases, or null when the rules have none
     * @throws OngeldigeInvoerException when either file is no readable YAML, or the base is unknown
     */
    public Fixtureregios(Regiotekst fixture, Regiotekst basisbestand) {
        List<Invoerfout> fouten = new ArrayList<>();
        this.naam = fixture.naam();
        YamlKnoop wortel = boomLezer.lees(fixture.inhoud(), naam, fouten);
        if (wortel == null || wortel.soort() != YamlKnoop.Soort.MAP) {
            if (wortel != null) {
                fouten.add(Invoerfout.bij(wortel.herkomst(), "verkeerd type", "een fixture (object met criterium, basis en gevallen)", wortel.omschrijving()));
            }
            throw new OngeldigeInvoerException(fouten);
        }
        YamlKnoop lijst = wortel.velden().get("gevallen");
        this.gevallen = lijst == null ? List.of() : lijst.elementen();
        this.basis = basis(wortel, basisbestand, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
    }

    private YamlKnoop basis(YamlKnoop wortel, Regiotekst basisbestand, List<Invoerfout> fouten) {
        YamlKnoop keuze = wortel.velden().get("basis");
        if (keuze == null) {
            return YamlKnoop.map(wortel.herkomst(), new LinkedHashMap<>());
        }
        if (keuze.soort() == YamlKnoop.Soort.MAP) {
            return keuze;
        }
        YamlKnoop bases = basisbestand == null ? null : boomLezer.lees(basisbestand.inhoud(), basisbestand.naam(), fouten);
        List<String> namen = bases == null ? List.of() : List.copyOf(bases.velden().keySet());
        YamlKnoop gekozen = bases == null || keuze.soort() != YamlKnoop.Soort.TEKST ? null : bases.velden().get(keuze.tekst());
        if (gekozen == null || gekozen.soort() != YamlKnoop.Soort.MAP) {
            fouten.add(Invoerfout.bij(keuze.herkomst(), "onbekende basis",
                    (namen.isEmpty() ? "een regio (object)" : "een regio (object) of een van " + String.join(", ", namen))
                            + Levenshtein.suggestie(String.valueOf(keuze.tekst()), namen), keuze.omschrijving()));
            return YamlKnoop.map(wortel.herkomst(), new LinkedHashMap<>());
        }
        return gekozen;
    }

    /** How many cases the file has. */
    public int aantal() {
        return gevallen.size();
    }

    /** The line of case {@code index} in the fixture file. */
    public int regel(int index) {
        return gevallen.get(index).herkomst().regel();
    }

    /**
     * The region of case {@code index}, read as a region file.
     *
     * @throws OngeldigeInvoerException when the changes do not fit the base, or the region is invalid
     */
    public Regiobestand regio(int index) {
        List<Invoerfout> fouten = new ArrayList<>();
        YamlKnoop regio = boom(index, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return RegioLader.leesRegio(regio, naam, fouten);
    }

    /** The assembled tree of case {@code index}, with the paths of a region file of its own. */
    YamlKnoop boom(int index, List<Invoerfout> fouten) {
        YamlKnoop geval = gevallen.get(index);
        YamlWijziging wijziging = new YamlWijziging(fouten);
        YamlKnoop regio = basis;
        YamlKnoop zonder = geval.velden().get("zonder");
        for (YamlKnoop pad : zonder == null ? List.<YamlKnoop>of() : zonder.elementen()) {
            regio = wijziging.zonder(regio, String.valueOf(pad.tekst()), pad.herkomst());
        }
        YamlKnoop veranderd = geval.velden().get("regio");
        if (veranderd != null) {
            regio = wijziging.voegSamen(regio, veranderd);
        }
        return regio.opPad("");
    }

    /** Where case {@code index} stands, for messages. */
    public Herkomst herkomst(int index) {
        return gevallen.get(index).herkomst();
    }
}
