package dev.connectorerrorbot.catalog;

/** The catalog the bot was to start with has problems; {@link #report()} lists them, one per line. */
public final class BrokenCatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String report;

    public BrokenCatalogException(CatalogLoad.Broken broken) {
        super(broken.problems().size() + " problem(s) in the catalog");
        this.report = broken.report();
    }

    /** Every problem as {@code file:line: reason}, then the count. */
    public String report() {
        return report;
    }
}
