package nl.galacheck.toetsing;

import nl.galacheck.regio.Gemeente;
import nl.galacheck.regio.Ketenaanpak;

/**
 * What a finding is about: the region, or within it a municipality, a ketenaanpak and/or one item
 * (a year, an agreement).
 */
public record Onderwerp(String regio, String gemeente, String gemeenteNaam, String ketenaanpak, String onderdeel) {

    public static Onderwerp regio(String regio) {
        return new Onderwerp(regio, null, null, null, null);
    }

    public static Onderwerp gemeente(Gemeente g) {
        return new Onderwerp(g.regio(), g.code(), g.naam(), null, null);
    }

    public static Onderwerp ketenaanpak(String regio, String ketenaanpak) {
        return new Onderwerp(regio, null, null, ketenaanpak, null);
    }

    public static Onderwerp gemeenteKetenaanpak(nl.galacheck.regio.GemeentelijkeKetenaanpak g) {
        return new Onderwerp(g.regio(), g.gemeente(), g.gemeenteNaam(), g.ketenaanpak(), null);
    }

    public Onderwerp met(String onderdeel) {
        return new Onderwerp(regio, gemeente, gemeenteNaam, ketenaanpak, onderdeel);
    }

    public Onderwerp metJaar(int jaar) {
        return met(String.valueOf(jaar));
    }

    /**
     * A compact key within the region, as rule fixtures name subjects: "regio", "GM9901",
     * "GM9901 · 2024", "gli", "Regionale sociale kaart".
     */
    public String sleutel() {
        String s = java.util.stream.Stream.of(gemeente, ketenaanpak, onderdeel).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" · "));
        return s.isEmpty() ? "regio" : s;
    }

    /** Dutch label: "regio VB-NOORD", "gemeente GM9901 Noordhaven · 2024", "ketenaanpak gli". */
    public String label() {
        StringBuilder s = new StringBuilder();
        if (gemeente != null) {
            s.append("gemeente ").append(gemeente).append(gemeenteNaam == null ? "" : " " + gemeenteNaam);
        }
        if (ketenaanpak != null) {
            s.append(s.isEmpty() ? "" : " · ").append(Ketenaanpak.metNaam(ketenaanpak).map(Ketenaanpak::naam).orElse(ketenaanpak));
        }
        if (onderdeel != null) {
            s.append(s.isEmpty() ? "" : " · ").append(onderdeel);
        }
        return s.isEmpty() ? "regio " + regio : s.toString();
    }
}
