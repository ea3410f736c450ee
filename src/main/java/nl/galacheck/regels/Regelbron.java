package nl.galacheck.regels;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where a rule set comes from: a directory a policy officer may edit ({@code --regels DIR}), or the
 * copy of {@code rules/} the jar carries. Fixtures are test material and never part of a rule set.
 */
public final class Regelbron {

    /** Where the build puts the rules inside the jar (see pom.xml). */
    public static final String KLASSENPAD_MAP = "galacheck-regels";

    private final String omschrijving;
    private final List<Regelbestand> bestanden;
    private final byte[] voorvertaald;

    private Regelbron(String omschrijving, List<Regelbestand> bestanden, byte[] voorvertaald) {
        this.omschrijving = omschrijving;
        this.bestanden = List.copyOf(bestanden);
        this.voorvertaald = voorvertaald;
    }

    /** The compiled form the build made of these rules, if any (only for the built-in rules). */
    Optional<byte[]> voorvertaald() {
        return Optional.ofNullable(voorvertaald);
    }

    /** SHA-256 over the DRL files (path and content): which rules a compiled form belongs to. */
    public String vingerafdruk() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Regelbestand b : bestanden) {
                if (b.isDrl()) {
                    sha.update(b.pad().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(b.inhoud().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * SHA-256 over every file of the rule set (rules, catalogues, national context; path and content):
     * the fingerprint a report names, so a reader can tell two rule sets apart.
     */
    public String vingerafdrukRegelset() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Regelbestand b : bestanden) {
                sha.update(b.pad().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(b.inhoud().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String omschrijving() {
        return omschrijving;
    }

    public List<Regelbestand> bestanden() {
        return bestanden;
    }

    /** The DRL and catalogue files under {@code map}, in a stable order. */
    public static Regelbron uitMap(Path map) {
        if (!Files.isDirectory(map)) {
            throw new RegelsetException(List.of(map + ": regelmap bestaat niet of is geen map"));
        }
        try (Stream<Path> paden = Files.walk(map)) {
            List<Regelbestand> bestanden = new ArrayList<>();
            for (Path p : paden.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String relatief = map.relativize(p).toString().replace('\\', '/');
                if (isRegelbestand(relatief)) {
                    bestanden.add(new Regelbestand(relatief, p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
            return new Regelbron(map.toString(), bestanden, null);
        } catch (IOException e) {
            throw new RegelsetException(List.of(map + ": regels niet te lezen: " + e.getMessage()));
        }
    }

    /** The rule set the jar carries. */
    public static Regelbron ingebouwd() {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(Regelbron.class.getClassLoader());
            List<Regelbestand> bestanden = new ArrayList<>();
            for (Resource r : resolver.getResources("classpath*:" + KLASSENPAD_MAP + "/**/*")) {
                String url = r.getURL().toString();
                int i = url.lastIndexOf(KLASSENPAD_MAP + "/");
                String relatief = url.substring(i + KLASSENPAD_MAP.length() + 1);
                if (r.isReadable() && isRegelbestand(relatief)) {
                    try (InputStream in = r.getInputStream()) {
                        bestanden.add(new Regelbestand(relatief, "(ingebouwd) rules/" + relatief,
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
            bestanden.sort(Comparator.comparing(Regelbestand::pad));
            byte[] voorvertaald = null;
            try (InputStream in = Regelbron.class.getClassLoader().getResourceAsStream(Voorvertaling.RESOURCE)) {
                if (in != null) {
                    voorvertaald = in.readAllBytes();
                }
            }
            return new Regelbron("ingebouwde regels", bestanden, voorvertaald);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRegelbestand(String relatief) {
        return !relatief.contains("fixtures/")
                && (relatief.endsWith(".drl") || relatief.endsWith("criteria.yaml") || relatief.equals("landelijk.yaml"));
    }
}
