package nl.galacheck.cli;

import java.nio.file.Path;

import nl.galacheck.regels.Regelbron;
import nl.galacheck.regels.Regelset;
import picocli.CommandLine.Option;

/** The {@code --regels DIR} option shared by the commands that need a rule set. */
final class Regelopties {

    @Option(names = "--regels", paramLabel = "MAP",
            description = "Map met regels (.drl) en criteria (criteria.yaml). Standaard: de regels die in galacheck zijn ingebouwd.")
    Path map;

    Regelbron bron() {
        return map == null ? Regelbron.ingebouwd() : Regelbron.uitMap(map);
    }

    /** The compiled rules: the built-in ones once per process, a directory afresh every time. */
    Regelset regelset() {
        return map == null ? Regelset.ingebouwd() : Regelset.bouw(Regelbron.uitMap(map));
    }
}
