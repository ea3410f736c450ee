package nl.galacheck.regels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rule set: the Drools knowledge base built from the DRL files of a {@link Regelbron},
 * and the catalogue its rules refer to. Built once per run; sessions are cheap.
 */
public final class Regelset {

    private static final String KFS_PREFIX = "src/main/resources/";

    private static volatile Regelset ingebouwd;

    private final KieBase kieBase;
    private final Catalogus catalogus;
    private final List<LandelijkeVoorwaarde> landelijk;
    private final String omschrijving;
    private final String vingerafdruk;

    private Regelset(KieBase kieBase, Catalogus catalogus, List<LandelijkeVoorwaarde> landelijk, String omschrijving,
                     String vingerafdruk) {
        this.kieBase = kieBase;
        this.catalogus = catalogus;
        this.landelijk = List.copyOf(landelijk);
        this.omschrijving = omschrijving;
        this.vingerafdruk = vingerafdruk;
    }

    /**
     * Compiles the rules and reads the catalogue.
     *
     * @throws RegelsetException with every compile error as {@code file:line: message}
     */
    public static Regelset bouw(Regelbron bron) {
        List<Regelbestand> drl = bron.bestanden().stream().filter(Regelbestand::isDrl).toList();
        List<Regelbestand> catalogi = bron.bestanden().stream().filter(Regelbestand::isCatalogus).toList();
        if (drl.isEmpty()) {
            throw new RegelsetException(List.of(bron.omschrijving() + ": geen .drl-bestanden gevonden"));
        }
        Catalogus catalogus = new CatalogusLader().lees(catalogi);
        List<LandelijkeVoorwaarde> landelijk = bron.bestanden().stream().filter(Regelbestand::isLandelijk).findFirst()
                .map(b -> new LandelijkLader().lees(b, catalogus)).orElse(List.of());
        KieBase kieBase = bron.voorvertaald()
                .flatMap(v -> Voorvertaling.lees(v, bron.vingerafdruk()))
                .orElseGet(() -> compileer(drl));
        return new Regelset(kieBase, catalogus, landelijk, bron.omschrijving(), bron.vingerafdrukRegelset());
    }

    /** The rules the jar carries, built once per process (they cannot change while it runs). */
    public static Regelset ingebouwd() {
        if (ingebouwd == null) {
            synchronized (Regelset.class) {
                if (ingebouwd == null) {
                    ingebouwd = bouw(Regelbron.ingebouwd());
                }
            }
        }
        return ingebouwd;
    }

    /** Only the catalogue, for commands that list or explain criteria without evaluating. */
    public static Catalogus leesCatalogus(Regelbron bron) {
        return new CatalogusLader().lees(bron.bestanden().stream().filter(Regelbestand::isCatalogus).toList());
    }

    private static KieBase compileer(List<Regelbestand> drl) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("nl.galacheck", "regels", "1");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> namen = new HashMap<>();
        for (Regelbestand b : drl) {
            // written under its own relative path so Drools' package-vs-folder check matches the file
            kfs.write(KFS_PREFIX + b.pad(), b.inhoud());
            namen.put(KFS_PREFIX + b.pad(), b.naam());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> fouten = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getPath() == null && m.getText().contains("Parser returned a null Package")) {
                continue;
            }
            String pad = m.getPath() == null ? null : m.getPath().startsWith(KFS_PREFIX) ? m.getPath() : KFS_PREFIX + m.getPath();
            String naam = pad == null ? "regels" : namen.getOrDefault(pad, m.getPath());
            fouten.add(naam + ":" + m.getLine() + ": " + m.getText().replace('\n', ' ').trim());
        }
        if (!fouten.isEmpty()) {
            throw new RegelsetException(fouten);
        }
        return ks.newKieContainer(releaseId).getKieBase();
    }

    KieBase kieBase() {
        return kieBase;
    }

    public KieSession nieuweSessie() {
        return kieBase.newKieSession();
    }

    public Catalogus catalogus() {
        return catalogus;
    }

    /** The national preconditions per ketenaanpak (empty when the rule set has no landelijk.yaml). */
    public List<LandelijkeVoorwaarde> landelijk() {
        return landelijk;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** SHA-256 over every file of the rule set, see {@link Regelbron#vingerafdrukRegelset()}. */
    public String vingerafdruk() {
        return vingerafdruk;
    }

    /** The rules of the knowledge base as (package, name), for consistency checks. */
    public List<String> regelnamen() {
        return kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream().map(r -> p.getName() + "/" + r.getName()))
                .sorted().toList();
    }
}
