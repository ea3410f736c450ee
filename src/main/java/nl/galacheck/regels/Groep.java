package nl.galacheck.regels;

/** A bouwsteen (or, later, a ketenaanpak): the heading under which its criteria are reported. */
public record Groep(String code, String naam, String bron, int volgorde) {
}
