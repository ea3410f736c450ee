package nl.galacheck.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Phase durations of one run, printed to standard error when GALACHECK_TIJDEN is set: the figures
 * behind the start-up benchmark (bench/koude-start.sh).
 */
final class Tijden {

    private final Map<String, Long> stappen = new LinkedHashMap<>();
    private long vorige = System.currentTimeMillis();

    Tijden() {
        stappen.put("opstarten", vorige - ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    void stap(String naam) {
        long nu = System.currentTimeMillis();
        stappen.put(naam, nu - vorige);
        vorige = nu;
    }

    void meld(PrintWriter fout) {
        if (System.getenv("GALACHECK_TIJDEN") != null) {
            StringBuilder s = new StringBuilder("tijden (ms):");
            stappen.forEach((naam, ms) -> s.append(' ').append(naam).append('=').append(ms));
            fout.println(s);
        }
    }
}
