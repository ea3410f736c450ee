package nl.galacheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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

    /** A copy of rules/ in {@code doel}, to edit in a test (a policy officer's copy for {@code --regels}). */
    public static Path kopie(Path doel) throws IOException {
        try (Stream<Path> s = Files.walk(MAP)) {
            for (Path p : s.toList()) {
                Path naar = doel.resolve(MAP.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(naar);
                } else {
                    Files.copy(p, naar);
                }
            }
        }
        return doel;
    }
}
