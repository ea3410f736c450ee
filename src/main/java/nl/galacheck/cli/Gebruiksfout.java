package nl.galacheck.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Wrong usage in Dutch, in one line: what is wrong, a suggestion where picocli has one, and where the
 * help is ("zie `galacheck check --help`"). Replaces picocli's English message followed by the whole help.
 */
final class Gebruiksfout implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + melding(ex, args)
                + " (zie `" + cl.getCommandSpec().qualifiedName() + " --help`)");
        err.flush();
        return Afsluitcode.GEBRUIK_OF_REGELS;
    }

    static String melding(ParameterException ex, String[] args) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return onbekend(u);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return ontbrekend(m.getMissing(), args);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return naam(o.getOverwritten()) + " is meer dan één keer gegeven";
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "deze opties gaan niet samen";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "te veel waarden";
        }
        ArgSpec arg = ex.getArgSpec();
        if (ex.getCause() instanceof TypeConversionException t) {
            // our own converters speak Dutch already
            return "ongeldige waarde voor " + naam(arg) + ": " + t.getMessage();
        }
        if (arg != null) {
            return "ongeldige waarde" + (ex.getValue() == null ? "" : " '" + ex.getValue() + "'") + " voor " + naam(arg)
                    + (arg.paramLabel() == null ? "" : " (verwacht: " + arg.paramLabel() + ")");
        }
        return "verkeerd gebruik" + (ex.getValue() == null ? "" : " bij '" + ex.getValue() + "'");
    }

    private static String onbekend(CommandLine.UnmatchedArgumentException u) {
        List<String> over = u.getUnmatched();
        String eerste = over.isEmpty() ? "?" : over.get(0);
        List<String> suggesties = u.getSuggestions();
        String bedoeld = suggesties.isEmpty() ? "" : " — bedoelde u `" + suggesties.get(0) + "`?";
        if (u.isUnknownOption() || eerste.startsWith("-")) {
            return "onbekende optie '" + eerste + "'" + bedoeld;
        }
        if (!u.getCommandLine().getSubcommands().isEmpty()) {
            return "onbekend commando '" + eerste + "'" + bedoeld + " Kies uit: "
                    + String.join(", ", u.getCommandLine().getSubcommands().keySet());
        }
        return "onverwacht argument" + (over.size() > 1 ? "en " : " ") + "'" + String.join(" ", over) + "'";
    }

    private static String ontbrekend(List<ArgSpec> ontbreekt, String[] args) {
        if (ontbreekt.isEmpty()) {
            return "er ontbreekt een waarde";
        }
        ArgSpec a = ontbreekt.get(0);
        if (a instanceof OptionSpec o && Arrays.stream(args).anyMatch(x -> Arrays.asList(o.names()).contains(x))) {
            return o.longestName() + " verwacht een waarde (" + o.paramLabel() + ")";
        }
        if (a instanceof OptionSpec o) {
            return "verplichte optie " + o.longestName() + " " + o.paramLabel() + " ontbreekt";
        }
        String uitleg = a.description().length > 0 ? a.description()[0].replaceAll("\\.$", "") : "";
        return "geef " + a.paramLabel() + (uitleg.isEmpty() ? "" : " (" + Character.toLowerCase(uitleg.charAt(0)) + uitleg.substring(1) + ")");
    }

    private static String naam(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        if (a instanceof PositionalParamSpec p) {
            return p.paramLabel();
        }
        return "de invoer";
    }
}
