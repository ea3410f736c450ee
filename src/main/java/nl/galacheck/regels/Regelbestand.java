package nl.galacheck.regels;

/**
 * One file of a rule set: a DRL file or a criteria catalogue.
 *
 * @param pad    path relative to the rule set root, with '/' (bouwstenen/mandaat/mandaat.drl)
 * @param naam   how messages name it (rules/bouwstenen/mandaat/mandaat.drl, or a classpath location)
 * @param inhoud the file's text
 */
public record Regelbestand(String pad, String naam, String inhoud) {

    public boolean isDrl() {
        return pad.endsWith(".drl");
    }

    public boolean isCatalogus() {
        return pad.endsWith("criteria.yaml");
    }

    /** The national context (rules/landelijk.yaml). */
    public boolean isLandelijk() {
        return pad.equals("landelijk.yaml");
    }
}
