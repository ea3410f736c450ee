package nl.galacheck;

import java.nio.file.Path;

import nl.galacheck.regels.Regelbron;
import nl.galacheck.regels.Regelset;

/** The project's rules/ directory, compiled once for the whole test run. */
public final class TestRegels {

    public static final Path MAP = Path.of("rules");

    private static Regelset regelset;

    private TestRegels() {
    }

    public static synchronized Regelset regelset() {
        if (regelset == null) {
            regelset = Regelset.bouw(Regelbron.uitMap(MAP));
        }
        return regelset;
    }
}
