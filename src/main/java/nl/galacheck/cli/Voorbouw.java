package nl.galacheck.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import nl.galacheck.invoer.RegioSchema;
import nl.galacheck.regels.Regelbron;
import nl.galacheck.regels.Regelset;

/**
 * Loads the rule set of a {@code check} (and the schema of a {@code check} or {@code valideer}) in the
 * background while the JVM and Spring start; on two cores the two overlap (figures in README.md,
 * "Prestaties"). The command takes the rules only when it asks for the same ones.
 */
public final class Voorbouw {

    private static volatile Path map;
    private static volatile CompletableFuture<Regelset> bouw;

    private Voorbouw() {
    }

    /** Starts compiling the rules {@code args} will need, if they are those of a check. */
    public static void begin(String[] args) {
        if (args.length == 0 || !(args[0].equals("check") || args[0].equals("valideer"))) {
            return;
        }
        achtergrond(RegioSchema::gedeeld);
        if (!args[0].equals("check")) {
            return;
        }
        Path gevraagd = regelmap(args);
        map = gevraagd;
        bouw = CompletableFuture.supplyAsync(() -> gevraagd == null ? Regelset.ingebouwd() : Regelset.bouw(Regelbron.uitMap(gevraagd)),
                Voorbouw::achtergrond);
    }

    /** A daemon thread: work started ahead must never keep the JVM alive or fail a run by itself. */
    private static void achtergrond(Runnable taak) {
        Thread t = new Thread(() -> {
            try {
                taak.run();
            } catch (RuntimeException e) {
                // the command does the same work again when it needs it, and reports the error then
            }
        }, "galacheck-voorbouw");
        t.setDaemon(true);
        t.start();
    }

    /** The rules compiled in advance for {@code gevraagd} (null: the built-in ones), or else {@code zelf}. */
    static Regelset neem(Path gevraagd, Supplier<Regelset> zelf) {
        CompletableFuture<Regelset> klaar = bouw;
        if (klaar == null || !Objects.equals(map, gevraagd)) {
            return zelf.get();
        }
        bouw = null;
        try {
            return klaar.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private static Path regelmap(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--regels") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--regels=")) {
                return Path.of(args[i].substring("--regels=".length()));
            }
        }
        return null;
    }
}
