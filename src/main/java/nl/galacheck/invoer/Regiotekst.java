package nl.galacheck.invoer;

import java.util.Arrays;

/**
 * A region file's bytes with the name the report gives it: an upload to the web server, which is read from
 * memory and never written to disk. The loader treats it exactly as a file of that name.
 */
public record Regiotekst(String naam, byte[] inhoud) {

    public Regiotekst {
        inhoud = inhoud.clone();
    }

    @Override
    public byte[] inhoud() {
        return inhoud.clone();
    }

    /** The size in bytes, without copying. */
    public int grootte() {
        return inhoud.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Regiotekst t && naam.equals(t.naam) && Arrays.equals(inhoud, t.inhoud);
    }

    @Override
    public int hashCode() {
        return 31 * naam.hashCode() + Arrays.hashCode(inhoud);
    }

    @Override
    public String toString() {
        // never the content: an upload is not logged in full
        return "Regiotekst[" + naam + ", " + inhoud.length + " bytes]";
    }
}
