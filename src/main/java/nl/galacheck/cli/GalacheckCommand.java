package nl.galacheck.cli;

import java.io.PrintWriter;

import nl.galacheck.invoer.OngeldigeInvoerException;
import nl.galacheck.regels.RegelsetException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code galacheck check|overzicht|vergelijk|valideer|criteria|uitleg|schema|sjabloon|regeltest|serve}. */
@Command(name = "galacheck", mixinStandardHelpOptions = true, version = "galacheck 0.1.0",
        description = "Toetst regionale afspraken aan het Gezond en Actief Leven Akkoord (GALA).",
        subcommands = {CheckCommand.class, OverzichtCommand.class, VergelijkCommand.class, ValideerCommand.class, CriteriaCommand.class,
                UitlegCommand.class, SchemaCommand.class, SjabloonCommand.class, RegeltestCommand.class, ServeCommand.class})
public final class GalacheckCommand implements Runnable {

    @Override
    public void run() {
        CommandLine cl = new CommandLine(this);
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("galacheck-gebruik"));
        cl.usage(Console.UIT);
    }

    /** Runs the command line and returns the exit code; never lets an exception reach the user as a stack trace. */
    public static int voerUit(String... args) {
        return voerUit(Console.UIT, Console.FOUT, args);
    }

    /** As {@link #voerUit(String...)}, writing the report to {@code uit} and messages to {@code fout}. */
    public static int voerUit(PrintWriter uit, PrintWriter fout, String... args) {
        CommandLine cl = new CommandLine(new GalacheckCommand());
        cl.setOut(uit);
        cl.setErr(fout);
        cl.setParameterExceptionHandler(new Gebruiksfout());
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("galacheck-gebruik"));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            // the expected failures, reported in one place so every command maps them to the same exit code
            if (e instanceof OngeldigeInvoerException invoer) {
                return Meldingen.ongeldigeInvoer(invoer.fouten(), err);
            }
            if (e instanceof RegelsetException regels) {
                return Meldingen.regelfouten(regels.meldingen(), err);
            }
            // no exception class names for the user: the message, and the details only on request
            err.println("galacheck: interne fout" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            err.println("Meld dit met de invoer die het veroorzaakte; zet GALACHECK_DEBUG=1 voor details.");
            if (System.getenv("GALACHECK_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return Afsluitcode.GEBRUIK_OF_REGELS;
        });
        return cl.execute(args);
    }
}
