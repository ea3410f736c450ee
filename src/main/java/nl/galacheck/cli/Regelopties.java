package nl.galacheck.cli;

import java.nio.file.Path;

import nl.galacheck.regels.Regelbron;
import picocli.CommandLine.Option;

/** The {@code --regels DIR} option shared by the commands that need a rule set. */
final class Regelopties {

    @Option(names = "--regels", paramLabel = "MAP",
            description = "Map met regels (.drl) en criteria (criteria.yaml). Standaard: de regels die in galacheck zijn ingebouwd.")
    Path map;

    Regelbron bron() {
        return map == null ? Regelbron.ingebouwd() : Regelbron.uitMap(map);
    }
}
