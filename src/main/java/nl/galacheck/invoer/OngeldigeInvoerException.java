package nl.galacheck.invoer;

import java.util.List;

/** Thrown when input files have errors; carries all of them, not just the first. */
public class OngeldigeInvoerException extends RuntimeException {

    private final List<Invoerfout> fouten;

    public OngeldigeInvoerException(List<Invoerfout> fouten) {
        super(fouten.size() + " fout(en) in de invoer");
        this.fouten = List.copyOf(fouten);
    }

    public List<Invoerfout> fouten() {
        return fouten;
    }
}
