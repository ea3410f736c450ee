package nl.galacheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.galacheck.bench.LandelijkeSet;

/** The generated national set (seed 1) under target/, written once per test run for every test class that needs it. */
final class LandelijkeTestset {

    static final Path MAP = Path.of("target", "landelijke-set-tests");
    private static boolean geschreven;

    private LandelijkeTestset() {
    }

    static synchronized Path map() {
        if (!geschreven) {
            try {
                if (Files.isDirectory(MAP)) {
                    try (var s = Files.list(MAP)) {
                        for (Path p : s.toList()) {
                            Files.delete(p);
                        }
                    }
                }
                LandelijkeSet.schrijf(MAP, 1, 1, Path.of("rules/ketenaanpakken/stappen/criteria.yaml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            geschreven = true;
        }
        return MAP;
    }
}
