package nl.galacheck.invoer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import nl.galacheck.regio.Herkomst;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema of the region format (schema/regio.schema.json, shipped in the jar): the contract
 * editors complete against and every file is validated with. Errors come back at the line and column
 * of the node they concern.
 */
public final class RegioSchema {

    /** Where the build puts the schema inside the jar (see pom.xml). */
    public static final String RESOURCE = "galacheck-schema/regio.schema.json";

    private static volatile RegioSchema gedeeld;

    private final Schema schema;

    private RegioSchema() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(Locale.forLanguageTag("nl"))
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config));
        this.schema = registry.getSchema(boom());
    }

    /** The schema, read once per process. */
    public static RegioSchema gedeeld() {
        if (gedeeld == null) {
            synchronized (RegioSchema.class) {
                if (gedeeld == null) {
                    gedeeld = new RegioSchema();
                }
            }
        }
        return gedeeld;
    }

    /** The schema as a tree, parsed once per process: the validator and {@link Formaatwoorden} read it. */
    static JsonNode boom() {
        return Boom.SCHEMA;
    }

    private static final class Boom {
        static final JsonNode SCHEMA = tools.jackson.databind.json.JsonMapper.builder().build().readTree(tekst());
    }

    /** The schema text, as `galacheck schema` prints it. */
    public static String tekst() {
        try (InputStream in = RegioSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " ontbreekt in de jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema violation of the region at {@code wortel}, placed at its node. */
    List<Invoerfout> valideer(YamlKnoop wortel) {
        List<Invoerfout> fouten = new ArrayList<>();
        for (Error e : schema.validate(json(wortel))) {
            YamlKnoop knoop = zoek(wortel, e.getInstanceLocation());
            Herkomst h = knoop.herkomst();
            String pad = e.getProperty() != null && (e.getKeyword().equals("required") || e.getKeyword().endsWith("Properties"))
                    ? (h.pad().isEmpty() ? e.getProperty() : h.pad() + "." + e.getProperty())
                    : h.pad();
            YamlKnoop sleutel = e.getProperty() == null ? null : knoop.velden().get(e.getProperty());
            Herkomst plaats = sleutel != null ? sleutel.herkomst() : h;
            fouten.add(new Invoerfout(h.bestand(), plaats.regel(), plaats.kolom(), pad, "volgens het schema: " + e.getMessage(),
                    null, null));
        }
        return fouten;
    }

    /** The node at a schema error's instance location (the nearest existing one). */
    private static YamlKnoop zoek(YamlKnoop wortel, NodePath pad) {
        YamlKnoop knoop = wortel;
        for (int i = 0; i < pad.getNameCount(); i++) {
            Object element = pad.getElement(i);
            YamlKnoop volgende = element instanceof Integer index
                    ? (index < knoop.elementen().size() ? knoop.elementen().get(index) : null)
                    : knoop.velden().get(String.valueOf(element));
            if (volgende == null) {
                return knoop;
            }
            knoop = volgende;
        }
        return knoop;
    }

    /**
     * A number as the validator can compare it; one far outside any sensible range is passed as
     * text, so it is reported as a wrong type instead of overflowing the validator.
     */
    private static JsonNode getal(JsonNodeFactory f, BigDecimal n) {
        if (n.stripTrailingZeros().scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return f.numberNode(n.longValue());
        }
        if (n.abs().compareTo(BigDecimal.valueOf(1e15)) <= 0) {
            return f.numberNode(n.doubleValue());
        }
        return f.stringNode(n.toString());
    }

    /** The located tree as a Jackson tree, which is what the validator reads. */
    private static JsonNode json(YamlKnoop k) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (k.soort()) {
            case MAP -> {
                ObjectNode o = f.objectNode();
                for (Map.Entry<String, YamlKnoop> e : k.velden().entrySet()) {
                    o.set(e.getKey(), json(e.getValue()));
                }
                yield o;
            }
            case LIJST -> {
                ArrayNode a = f.arrayNode();
                k.elementen().forEach(e -> a.add(json(e)));
                yield a;
            }
            case TEKST -> f.stringNode(k.tekst());
            case BOOLEAN -> f.booleanNode((Boolean) k.scalar());
            case GETAL -> getal(f, (BigDecimal) k.scalar());
            case NULL -> f.nullNode();
        };
    }
}
