package nl.galacheck.rapport.overzicht;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import nl.galacheck.toetsing.Status;

/**
 * A fixed-width text table with grouped columns: a group line ("B1"), a column line ("1 2 3"), rows of
 * cells and separators. Wider than the screen, it is cut at group boundaries into several tables, each
 * repeating the row labels. Colour is added after padding, so it never shifts a column.
 */
final class Teksttabel {

    private record Kolom(String groep, String kop) {
    }

    private record Rij(String label, List<String> cellen, List<Status> kleuren) {
    }

    private final String labelKop;
    private final List<Kolom> kolommen = new ArrayList<>();
    private final List<Rij> rijen = new ArrayList<>();

    Teksttabel(String labelKop) {
        this.labelKop = labelKop;
    }

    void kolom(String groep, String kop) {
        kolommen.add(new Kolom(groep, kop));
    }

    /** @param kleuren per cell the status that colours it, or null */
    void rij(String label, List<String> cellen, List<Status> kleuren) {
        rijen.add(new Rij(label, cellen, kleuren));
    }

    void scheiding() {
        rijen.add(null);
    }

    /** The lines, each at most {@code max} columns wide (in characters), cut into parts where needed. */
    List<String> regels(int max, BiFunction<String, Status, String> kleur) {
        int label = Math.max(labelKop.length(), rijen.stream().filter(r -> r != null).mapToInt(r -> r.label().length()).max().orElse(0));
        int[] breedte = new int[kolommen.size()];
        for (int i = 0; i < kolommen.size(); i++) {
            int b = kolommen.get(i).kop().length();
            for (Rij r : rijen) {
                if (r != null) {
                    b = Math.max(b, r.cellen().get(i).length());
                }
            }
            breedte[i] = b + 1;
        }
        List<String> uit = new ArrayList<>();
        int van = 0;
        while (van < kolommen.size()) {
            int tot = van;
            int lengte = label + 1;
            while (tot < kolommen.size()) {
                int extra = breedte[tot] + (tot == van || !kolommen.get(tot).groep().equals(kolommen.get(tot - 1).groep()) ? 2 : 0);
                if (lengte + extra > max && tot > van) {
                    // cut at the last group boundary before this column, if there is one in this part
                    int grens = tot;
                    while (grens > van + 1 && kolommen.get(grens).groep().equals(kolommen.get(grens - 1).groep())) {
                        grens--;
                    }
                    tot = grens > van + 1 ? grens : tot;
                    break;
                }
                lengte += extra;
                tot++;
            }
            if (van > 0) {
                uit.add("");
            }
            deel(van, tot, label, breedte, uit, kleur);
            van = tot;
        }
        return uit;
    }

    private void deel(int van, int tot, int label, int[] breedte, List<String> uit, BiFunction<String, Status, String> kleur) {
        StringBuilder groepen = new StringBuilder(pad("", label + 1));
        StringBuilder koppen = new StringBuilder(pad(labelKop, label + 1));
        StringBuilder lijn = new StringBuilder("─".repeat(label + 1));
        for (int i = van; i < tot; i++) {
            boolean nieuw = i == van || !kolommen.get(i).groep().equals(kolommen.get(i - 1).groep());
            if (nieuw) {
                groepen.append("│ ");
                koppen.append("│ ");
                lijn.append("┼─");
            }
            int b = breedte[i];
            String g = nieuw ? kolommen.get(i).groep() : "";
            groepen.append(nieuw ? g : "");
            koppen.append(links(kolommen.get(i).kop(), b));
            lijn.append("─".repeat(b));
            // group names may run over the group's columns; pad to where the next group starts
            int groepEinde = koppen.length();
            if (groepen.length() < groepEinde) {
                groepen.append(" ".repeat(groepEinde - groepen.length()));
            }
        }
        uit.add(groepen.toString().stripTrailing());
        uit.add(koppen.toString().stripTrailing());
        uit.add(lijn.toString());
        for (Rij r : rijen) {
            if (r == null) {
                uit.add(lijn.toString());
                continue;
            }
            StringBuilder s = new StringBuilder(pad(r.label(), label + 1));
            for (int i = van; i < tot; i++) {
                if (i == van || !kolommen.get(i).groep().equals(kolommen.get(i - 1).groep())) {
                    s.append("│ ");
                }
                String tekst = links(r.cellen().get(i), breedte[i]);
                Status st = r.kleuren() == null ? null : r.kleuren().get(i);
                s.append(st == null ? tekst : kleur.apply(tekst, st));
            }
            uit.add(s.toString().stripTrailing());
        }
    }

    private static String pad(String s, int b) {
        return s.length() >= b ? s : s + " ".repeat(b - s.length());
    }

    private static String links(String s, int b) {
        return pad(s, b);
    }
}
