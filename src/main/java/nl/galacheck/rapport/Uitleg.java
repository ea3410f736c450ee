package nl.galacheck.rapport;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import nl.galacheck.regels.Catalogus;
import nl.galacheck.regels.Criterium;

/**
 * The full explanation of one criterion, as {@code galacheck uitleg} prints it: a presentation of the catalogue, so it
 * stands with the renderers.
 */
public final class Uitleg {

    private Uitleg() {
    }

    /** The deadline as the criteria list and the template show it: a date, "jaarlijks 2023–2026" or "–". */
    public static String termijn(Criterium c) {
        if (c.tijdpad() != null) {
            return c.tijdpad().toString();
        }
        if (!c.jaren().isEmpty()) {
            return "jaarlijks " + c.jaren().get(0) + "–" + c.jaren().get(c.jaren().size() - 1);
        }
        return "–";
    }

    public static void schrijf(Criterium c, Catalogus catalogus, PrintWriter uit) {
        uit.printf("%s — %s%n%n", c.id(), c.titel());
        uit.printf("  groep:       %s %s%n", c.groep(), catalogus.groep(c.groep()).naam());
        uit.printf("  ernst:       %s%s%n", c.gewicht(), c.isLandelijk() && c.ernst() != Criterium.Ernst.SIGNAAL
                ? " (plicht van een landelijke partij; nooit een regionaal tekort)" : "");
        uit.printf("  grondslag:   \"%s\"%n", c.grondslag());
        if (c.ernstReden() != null) {
            uit.printf("  waarom:      %s%n", c.ernstReden());
        }
        uit.printf("  beoordeeld:  per %s%n", c.scope().replace("-", " per "));
        uit.printf("  partij:      %s%n", c.partij());
        uit.printf("  termijn:     %s%n", c.jaren().isEmpty() ? termijn(c)
                : "31 december van elk jaar: " + c.jaren().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        if (c.termijnLezing() != null) {
            uit.printf("  termijn volgens lezing van galacheck: %s%n", c.termijnLezing());
        }
        if (c.ketenaanpak() != null) {
            uit.printf("  ketenaanpak: %s%n", c.ketenaanpak());
        }
        if (c.stap() != null) {
            uit.printf("  stap:        `%s` in het %s deel%n", c.stap().sleutel(), c.stap().isRegionaal() ? "regionale" : "gemeentelijke");
            uit.printf("  referentie:  %s%s%n", c.stap().referentie(), c.stap().cijfer() == null ? ""
                    : " (" + c.stap().cijfer().aantal() + " van N = " + c.stap().cijfer().basis() + " "
                    + c.stap().cijfer().grondslag().label() + ")");
            if (c.stap().opmerking() != null) {
                uit.printf("  opmerking:   %s%n", c.stap().opmerking());
            }
            if (c.stap().zelfdeFeitAls() != null) {
                uit.printf("  zelfde feit: als %s (`%s`, geen eigen sleutel onder `stappen`)%n", c.stap().zelfdeFeitAls(), c.stap().feit());
            }
            if (c.stap().geholpenIndicator()) {
                uit.printf("  indicator:   het RIVM leest deze stap als teken dat er mensen geholpen worden (RIVM r. 1051, voetnoot 17)%n");
            }
        }
        if (!c.afhankelijkVan().isEmpty()) {
            uit.printf("  landelijk:   geblokkeerd zolang ontbreekt: %s%n", String.join(", ", c.afhankelijkVan()));
        }
        if (c.vanToepassing() != null) {
            uit.printf("  van toepassing: %s%n", c.vanToepassing().omschrijving());
        }
        uit.printf("  toelichting: %s%n", toelichtbaar(c));
        uit.printf("  bron:        %s%n", c.bron());
        uit.printf("%n  Brontekst:%n    %s%n", c.brontekst());
        uit.printf("%n  Wat voldoet (bewijs in het regiobestand):%n    %s%n", c.bewijs());
        uit.printf("%n  Wat is nodig als het niet voldaan is:%n    %s%n", c.herstel());
        uit.printf("%n  Catalogus: %s%n", c.bestand());
    }

    /** Whether a region may explain it (pas toe of leg uit, README "Toelichtingen"), and who must accept. */
    private static String toelichtbaar(Criterium c) {
        if (c.isLandelijk() || c.isAfgeleid()) {
            return "niet toe te lichten door de regio (" + (c.isLandelijk() ? "landelijke plicht" : "afgeleid oordeel") + ")";
        }
        if (c.nietToelichtbaar() != null) {
            return "niet toe te lichten (toelichtbaar: nee): " + c.nietToelichtbaar();
        }
        return "toe te lichten, te accepteren door " + String.join(" en ", nl.galacheck.toetsing.Toelichtingen.accepteerders(c));
    }
}
