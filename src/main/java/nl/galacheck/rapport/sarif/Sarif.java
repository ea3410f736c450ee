package nl.galacheck.rapport.sarif;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of the SARIF 2.1.0 object model galacheck writes (OASIS, errata 01), serialised by Jackson; never
 * built as strings. Absent members are left out, as the schema wants.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sarif(@JsonProperty("$schema") String schema, String version, List<Run> runs) {

    public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static Sarif van(List<Run> runs) {
        return new Sarif(SCHEMA, "2.1.0", runs);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, List<Artifact> artifacts, List<Result> results, Map<String, Object> properties) {
    }

    public record Tool(ToolComponent driver) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ToolComponent(String name, String version, String semanticVersion, String informationUri,
                                List<ReportingDescriptor> rules) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportingDescriptor(String id, String name, Message shortDescription, Message fullDescription,
                                      Message help, ReportingConfiguration defaultConfiguration, Map<String, Object> properties) {
    }

    public record ReportingConfiguration(String level) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Message(String text, String markdown) {

        public static Message tekst(String text) {
            return new Message(text, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Artifact(ArtifactLocation location, Map<String, String> hashes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArtifactLocation(String uri, Integer index) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, int ruleIndex, String level, String kind, Message message, List<Location> locations,
                         Map<String, String> partialFingerprints, List<Suppression> suppressions, Map<String, Object> properties) {
    }

    /** A finding the region explained and the other party accepted (pas toe of leg uit): reported, but suppressed. */
    public record Suppression(String kind, String status, String justification) {
    }

    public record Location(PhysicalLocation physicalLocation) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    public record Region(int startLine, int startColumn) {
    }
}
