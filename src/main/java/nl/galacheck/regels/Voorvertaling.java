package nl.galacheck.regels;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The built-in rules, compiled at build time. Compiling DRL is most of a run's time (about 1.7 s of
 * 3.3 s cold); reading the compiled packages takes a fraction of it. Used only when the fingerprint of
 * the rule files matches, so an edited rule set is always compiled afresh. Only the jar's own resource
 * is read this way, never a file from outside.
 */
public final class Voorvertaling {

    /** Where the build puts the compiled built-in rules (see pom.xml). */
    static final String RESOURCE = Regelbron.KLASSENPAD_MAP + "/voorvertaald.bin";

    private Voorvertaling() {
    }

    /** The compiled packages of {@code kieBase}, marked with {@code vingerafdruk}. */
    static byte[] schrijf(KieBase kieBase, String vingerafdruk) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream uit = new DroolsObjectOutputStream(bytes)) {
            uit.writeUTF(vingerafdruk);
            uit.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        return bytes.toByteArray();
    }

    /** A knowledge base from the compiled packages, if they were compiled from rules with this fingerprint. */
    static Optional<KieBase> lees(byte[] voorvertaald, String vingerafdruk) {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(voorvertaald),
                Voorvertaling.class.getClassLoader())) {
            if (!in.readUTF().equals(vingerafdruk)) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Collection<KiePackage> pakketten = (Collection<KiePackage>) in.readObject();
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(pakketten);
            return Optional.of(kieBase);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            // a stale or unreadable precompilation is no error: the rules are compiled instead
            return Optional.empty();
        }
    }

    /** Build step: {@code Voorvertaling <rules dir> <output file>}. */
    public static void main(String[] args) throws IOException {
        Regelbron bron = Regelbron.uitMap(Path.of(args[0]));
        Regelset regelset = Regelset.bouw(bron);
        Path uit = Path.of(args[1]);
        Files.createDirectories(uit.getParent());
        Files.write(uit, schrijf(regelset.kieBase(), bron.vingerafdruk()));
        List<String> regels = regelset.regelnamen();
        System.out.println("galacheck: " + regels.size() + " regels voorvertaald naar " + uit);
    }
}
