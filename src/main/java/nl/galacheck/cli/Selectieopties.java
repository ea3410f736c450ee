package nl.galacheck.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import nl.galacheck.regio.Ketenaanpak;
import nl.galacheck.toetsing.Selectie;
import nl.galacheck.toetsing.Status;
import picocli.CommandLine.Option;

/** The filters of {@code check}, for every format: which party, municipality, ketenaanpak and statuses to show. */
final class Selectieopties {

    @Option(names = "--partij", paramLabel = "PARTIJ", description = "Alleen de bevindingen van deze partij: gemeenten, zorgverzekeraar, ggd, samen of landelijk.")
    String partij;

    @Option(names = "--gemeente", paramLabel = "GM….", description = "Alleen de bevindingen over deze gemeente (CBS-code).")
    String gemeente;

    @Option(names = "--ketenaanpak", paramLabel = "KETENAANPAK", description = "Alleen de bevindingen over deze ketenaanpak (bijvoorbeeld gli).")
    String ketenaanpak;

    @Option(names = "--status", paramLabel = "STATUS[,STATUS…]", description = "Alleen bevindingen met deze status(sen): voldaan, niet-voldaan, open, onbekend, …")
    String status;

    Selectie selectie() throws Rapportuitvoer.GebruiksFout {
        if (partij != null && !Selectie.PARTIJEN.contains(partij)) {
            throw new Rapportuitvoer.GebruiksFout("onbekende partij '" + partij + "' (kies uit: gemeenten, zorgverzekeraar, ggd, samen, landelijk)");
        }
        if (gemeente != null && !gemeente.matches("(?i)GM\\d{4}")) {
            throw new Rapportuitvoer.GebruiksFout("--gemeente verwacht een CBS-code zoals GM0363, niet '" + gemeente + "'");
        }
        Ketenaanpak k = null;
        if (ketenaanpak != null) {
            k = Ketenaanpak.metNaam(ketenaanpak).orElseThrow(() -> new Rapportuitvoer.GebruiksFout(
                    "onbekende ketenaanpak '" + ketenaanpak + "' (kies uit: " + String.join(", ", Ketenaanpak.alleNamen()) + ")"));
        }
        Set<Status> statussen = EnumSet.noneOf(Status.class);
        if (status != null) {
            for (String s : status.split(",")) {
                statussen.add(status(s.trim()));
            }
        }
        return new Selectie(partij, gemeente == null ? null : gemeente.toUpperCase(Locale.ROOT), k, statussen);
    }

    /** "niet-voldaan", "niet voldaan" and "NIET_VOLDAAN" all name the same status. */
    private static Status status(String naam) throws Rapportuitvoer.GebruiksFout {
        String n = naam.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (Status s : Status.values()) {
            if (s.name().equals(n) || s.label().replace(' ', '_').equalsIgnoreCase(n)) {
                return s;
            }
        }
        throw new Rapportuitvoer.GebruiksFout("onbekende status '" + naam + "' (kies uit: voldaan, niet-voldaan, open, onbekend, "
                + "niet-van-toepassing, geblokkeerd-landelijk)");
    }
}
