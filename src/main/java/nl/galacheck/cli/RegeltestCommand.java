package nl.galacheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import nl.galacheck.fixture.Dekking;
import nl.galacheck.fixture.FixtureRunner;
import nl.galacheck.fixture.Fixturebron;
import nl.galacheck.regels.Regelset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code galacheck regeltest}: runs the fixtures of a rules directory against its rules and reports per
 * criterion whether every case gives the expected findings — for whoever edits a copy of rules/.
 */
@Command(name = "regeltest", mixinStandardHelpOptions = true,
        description = "Draait de fixtures van een regelmap (rules/**/fixtures/*.yaml) tegen de regels van die map en meldt per criterium geslaagd of mislukt, met het verschil per geval.",
        exitCodeListHeading = "%nAfsluitcodes:%n",
        exitCodeList = {"0:alle gevallen geslaagd", "1:een of meer gevallen mislukt, of een criterium zonder de vereiste gevallen (voldaan, niet voldaan, onbekend, voor en na de termijn)",
                "2:verkeerd gebruik, regels die niet compileren of een onleesbaar fixturebestand"})
final class RegeltestCommand implements Callable<Integer> {

    @Mixin
    Regelopties regels;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Regelset regelset = regels.regelset();
        Fixturebron bron = regels.map == null ? Fixturebron.ingebouwd() : Fixturebron.uitMap(regels.map);
        FixtureRunner.Regeltest test = new FixtureRunner(regelset).voerUit(bron);
        PrintWriter uit = spec.commandLine().getOut();
        Map<String, List<FixtureRunner.Uitslag>> perCriterium = new LinkedHashMap<>();
        regelset.catalogus().criteria().forEach(c -> perCriterium.put(c.id(), new ArrayList<>()));
        test.uitslagen().forEach(u -> perCriterium.computeIfAbsent(u.geval().criterium(), k -> new ArrayList<>()).add(u));
        int breedte = perCriterium.keySet().stream().mapToInt(String::length).max().orElse(0);
        uit.printf("Regeltest van %s: %d fixturebestand(en), %d geval(len).%n", bron.omschrijving(), bron.bestanden().size(), test.uitslagen().size());
        int mislukteCriteria = 0;
        int mislukteGevallen = 0;
        for (var e : perCriterium.entrySet()) {
            List<FixtureRunner.Uitslag> mislukt = e.getValue().stream().filter(u -> !u.geslaagd()).toList();
            List<String> dekking = e.getValue().isEmpty() ? List.of() : regelset.catalogus().criterium(e.getKey())
                    .map(c -> Dekking.tekorten(c, e.getValue().stream().flatMap(u -> u.geval().verwacht().stream()).toList()))
                    .orElse(List.of());
            boolean geslaagd = mislukt.isEmpty() && dekking.isEmpty() && !e.getValue().isEmpty();
            mislukteCriteria += geslaagd ? 0 : 1;
            mislukteGevallen += mislukt.size();
            String uitleg = e.getValue().isEmpty() ? "geen gevallen"
                    : mislukt.isEmpty() ? e.getValue().size() + " geval(len)" : mislukt.size() + " van " + e.getValue().size() + " geval(len) mislukt";
            uit.printf("  %-8s %-" + breedte + "s  %s%n", geslaagd ? "geslaagd" : "MISLUKT", e.getKey(), uitleg);
            if (!dekking.isEmpty()) {
                uit.printf("      dekking: %s%n", String.join("; ", dekking));
            }
            for (FixtureRunner.Uitslag u : mislukt) {
                uit.printf("      %s: %s%n", u.geval().plaats(u.fixture()), u.geval().naam());
                u.verschillen().forEach(v -> uit.printf("        %s%n", v));
            }
        }
        uit.printf("%s: %d van %d geval(len) mislukt; %d van %d criteria niet geslaagd.%n", mislukteCriteria == 0 ? "Geslaagd" : "Mislukt",
                mislukteGevallen, test.uitslagen().size(), mislukteCriteria, perCriterium.size());
        uit.flush();
        if (!test.fouten().isEmpty()) {
            PrintWriter fout = spec.commandLine().getErr();
            test.fouten().forEach(fout::println);
            fout.printf("galacheck: %d fout(en) in de fixturebestanden; die bestanden zijn niet gedraaid.%n", test.fouten().size());
            fout.flush();
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        return mislukteCriteria == 0 ? Afsluitcode.GOED : Afsluitcode.TEKORTEN;
    }
}
