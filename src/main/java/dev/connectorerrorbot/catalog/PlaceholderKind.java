package dev.connectorerrorbot.catalog;

import java.util.Optional;

/**
 * The kinds of variable text an error string may contain. The docs show a sample value where a real paste shows the
 * admin's own: a tenant GUID, a tenant id, a masked host name, or a gap where the docs leave part of the message out.
 */
public enum PlaceholderKind {
    /** A GUID such as a tenant id, or the tenant domain some pastes show in its place. */
    GUID("guid"),
    /** A tenant identifier of one to a few words: a GUID, a domain, or the docs' own "Tenant_ID goes here". */
    TENANT("tenant"),
    /** The leading labels of a host name, such as the masked "*******" in "*******.salesforce.com". */
    HOST("host"),
    /** Text the docs leave out with an ellipsis, such as the middle of Workday's JSON responses. */
    GAP("gap");

    private final String yamlName;

    PlaceholderKind(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<PlaceholderKind> fromYamlName(String name) {
        for (PlaceholderKind kind : values()) {
            if (kind.yamlName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
