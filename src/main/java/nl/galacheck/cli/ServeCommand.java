package nl.galacheck.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;

import nl.galacheck.invoer.RegioLader;
import nl.galacheck.regels.Regelset;
import nl.galacheck.web.Webinstellingen;
import nl.galacheck.web.Webserver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galacheck serve}: the web page and REST API (README "Webpagina en API"). Only this command starts Spring's
 * web context (through {@link Webserver}, so loading this class for the help loads nothing of Spring); the rules are
 * compiled once, before the server listens, and shared by every request.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Start een webpagina en REST-API op deze computer: regiobestanden uploaden en het rapport lezen.",
        exitCodeListHeading = "%nAfsluitcodes:%n", exitCodeList = {"130:gestopt met Ctrl-C", "2:verkeerd gebruik, poort bezet of regels niet bruikbaar"})
final class ServeCommand implements Callable<Integer> {

    /** The environment variable for the token, so it need not stand on the command line (and in the process list). */
    static final String TOKEN_VARIABELE = "GALACHECK_TOKEN";

    @Option(names = "--poort", paramLabel = "N", description = "Poort (standaard 8080; 0 kiest een vrije poort).")
    int poort = 8080;

    @Option(names = "--adres", paramLabel = "A", description = "Adres om op te luisteren (standaard 127.0.0.1, alleen deze computer). "
            + "Een ander adres vraagt een token.")
    String adres = "127.0.0.1";

    @Option(names = "--token", paramLabel = "T", description = "Token dat elk verzoek moet meesturen (Authorization: Bearer T); "
            + "of zet " + TOKEN_VARIABELE + ". Verplicht bij een ander adres dan localhost.")
    String token;

    @Mixin
    Regelopties regels;

    @Mixin
    Invoeropties invoer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter fout = spec.commandLine().getErr();
        String t = token != null ? token : System.getenv(TOKEN_VARIABELE);
        InetAddress a;
        try {
            a = InetAddress.getByName(adres);
        } catch (UnknownHostException e) {
            fout.println("galacheck: --adres " + adres + " is geen adres van deze computer");
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        if (poort < 0 || poort > 65535) {
            fout.println("galacheck: --poort " + poort + " is geen poort (0–65535)");
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        if (!a.isLoopbackAddress() && (t == null || t.isBlank())) {
            fout.println("galacheck: --adres " + adres + " is bereikbaar voor anderen dan deze computer; geef dan een token met --token "
                    + "of de omgevingsvariabele " + TOKEN_VARIABELE);
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        Regelset regelset = regels.regelset();
        Webinstellingen instellingen = Webinstellingen.standaard(a, poort, t == null || t.isBlank() ? null : t, regelset,
                invoer.maxBytes == null ? RegioLader.STANDAARD_MAX_BYTES : invoer.maxBytes);
        try {
            Webserver.draai(instellingen, spec.commandLine().getOut());
        } catch (RuntimeException e) {
            fout.println("galacheck: de server start niet op " + adres + ":" + poort + ": " + oorzaak(e));
            return Afsluitcode.GEBRUIK_OF_REGELS;
        }
        return Afsluitcode.GOED;
    }

    private static String oorzaak(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.toLowerCase().contains("address already in use") ? "de poort is al in gebruik (kies een andere met --poort)" : m;
    }
}
