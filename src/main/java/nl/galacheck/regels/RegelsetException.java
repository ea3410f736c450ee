package nl.galacheck.regels;

import java.util.List;

/** The rule set cannot be used: DRL that does not compile, a broken catalogue, a rule that misbehaves. */
public class RegelsetException extends RuntimeException {

    private final List<String> meldingen;

    public RegelsetException(List<String> meldingen) {
        super(String.join("\n", meldingen));
        this.meldingen = List.copyOf(meldingen);
    }

    public List<String> meldingen() {
        return meldingen;
    }
}
