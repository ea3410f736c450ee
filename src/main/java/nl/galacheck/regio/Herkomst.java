package nl.galacheck.regio;

/**
 * Where a fact came from: file, line, column and YAML path, so every finding can point at it.
 * For a fact the file does not contain, {@code aanwezig} is false and line/column point at the
 * nearest enclosing node that does exist.
 */
public record Herkomst(String bestand, int regel, int kolom, String pad, boolean aanwezig) {

    public Herkomst {
        pad = pad == null ? "" : pad;
    }

    /** The same place, seen as the location of a missing child key. */
    public Herkomst ontbrekend(String kind) {
        return new Herkomst(bestand, regel, kolom, pad.isEmpty() ? kind : pad + "." + kind, false);
    }

    /** {@code bestand:regel:kolom}, the form editors and terminals make clickable; the file alone when the line is unknown. */
    public String plaats() {
        return regel > 0 ? bestand + ":" + regel + ":" + kolom : bestand;
    }

    @Override
    public String toString() {
        return plaats() + " " + pad + (aanwezig ? "" : " (ontbreekt)");
    }
}
