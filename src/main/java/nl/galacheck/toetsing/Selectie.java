package nl.galacheck.toetsing;

import java.util.List;
import java.util.Set;

import nl.galacheck.regio.Ketenaanpak;

/**
 * Which findings a report shows ({@code --partij}, {@code --gemeente}, {@code --ketenaanpak},
 * {@code --status}); null or empty means no restriction. The derived verdicts B0 and K00 stay in view
 * (K00 only for the ketenaanpakken selected): they are the headline, not a finding to filter away.
 * The exit code is decided on the whole toetsing, never on a selection.
 */
public record Selectie(String partij, String gemeente, Ketenaanpak ketenaanpak, Set<Status> statussen) {

    public static final Selectie ALLES = new Selectie(null, null, null, Set.of());

    /** The parties a selection can name (the catalogue's {@code partij} values), in the order they are offered. */
    public static final List<String> PARTIJEN = List.of("gemeenten", "zorgverzekeraar", "ggd", "samen", "landelijk");

    public Selectie {
        statussen = statussen == null ? Set.of() : Set.copyOf(statussen);
    }

    public boolean isAlles() {
        return partij == null && gemeente == null && ketenaanpak == null && statussen.isEmpty();
    }

    /** The same toetsing with only the selected findings. */
    public Toetsing pas(Toetsing t) {
        if (isAlles()) {
            return t;
        }
        List<RegioToetsing> regios = t.regios().stream()
                .map(r -> new RegioToetsing(r.regio(), r.bevindingen().stream().filter(this::toont).toList(), r.gestart(), r.toelichtingen())).toList();
        return new Toetsing(t.peildatum(), t.regels(), t.catalogus(), regios);
    }

    boolean toont(Bevinding b) {
        String k = b.onderwerp().ketenaanpak();
        boolean vanKetenaanpak = ketenaanpak == null || (k != null && Ketenaanpak.metNaam(k).orElse(null) == ketenaanpak);
        if (b.criterium().isAfgeleid()) {
            return vanKetenaanpak || b.criterium().id().equals(RegioToetsing.INFRASTRUCTUUR);
        }
        String g = b.onderwerp().gemeente();
        return vanKetenaanpak
                && (partij == null || partij.equals(b.criterium().partij()))
                && (gemeente == null || gemeente.equalsIgnoreCase(g == null ? "" : g))
                && (statussen.isEmpty() || statussen.contains(b.status()));
    }

    /** In words, for the report header: "partij gemeenten · status niet voldaan"; empty when everything is shown. */
    public String omschrijving() {
        List<String> delen = new java.util.ArrayList<>();
        if (partij != null) {
            delen.add("partij " + partij);
        }
        if (gemeente != null) {
            delen.add("gemeente " + gemeente);
        }
        if (ketenaanpak != null) {
            delen.add("ketenaanpak " + ketenaanpak.code());
        }
        if (!statussen.isEmpty()) {
            delen.add("status " + String.join(", ", statussen.stream().sorted().map(Status::label).toList()));
        }
        return String.join(" · ", delen);
    }
}
