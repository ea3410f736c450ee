package nl.galacheck;

import nl.galacheck.cli.GalacheckCommand;
import nl.galacheck.cli.Voorbouw;

/**
 * Entry point: hands the command line to picocli. The command-line path starts no Spring context (it
 * needed none and paid ~0.3 s for it at every start, README "Prestaties"); a web command would start its
 * own.
 */
public final class GalacheckApplication {

    private GalacheckApplication() {
    }

    public static void main(String[] args) {
        // logging is set up before the background loading starts: SLF4J initialised from two threads at
        // once warns on standard error that it replayed early log calls
        org.slf4j.LoggerFactory.getILoggerFactory();
        Voorbouw.begin(args);
        int code = GalacheckCommand.voerUit(args);
        System.out.flush();
        System.exit(code);
    }
}
