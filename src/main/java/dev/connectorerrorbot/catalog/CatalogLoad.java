package dev.connectorerrorbot.catalog;

import java.util.List;

/**
 * The outcome of reading a catalog directory: either the whole catalog, or every problem found in it. A catalog with
 * any problem is never half-loaded.
 */
public sealed interface CatalogLoad permits CatalogLoad.Loaded, CatalogLoad.Broken {

    /** Every file was valid. */
    record Loaded(Catalog catalog) implements CatalogLoad {
    }

    /** At least one file was broken; the problems are in file order, then line order. */
    record Broken(List<CatalogProblem> problems) implements CatalogLoad {
        public Broken {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a broken catalog has at least one problem");
            }
        }

        /** The Guice-style report: one {@code file:line: reason} line per problem, then the count. */
        public String report() {
            StringBuilder report = new StringBuilder();
            for (CatalogProblem problem : problems) {
                report.append(problem).append('\n');
            }
            report.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                    .append(" in the catalog; the file format is described in docs/catalog.md");
            return report.toString();
        }
    }
}
