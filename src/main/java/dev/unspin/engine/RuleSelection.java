package dev.unspin.engine;

/**
 * Which rules may report for the document being checked, as the configuration in effect for its
 * path says. A detector asks before it runs a rule (as Vale's {@code shouldRun}), so a rule that is
 * turned off is never run: it produces no finding and no document evidence.
 */
@FunctionalInterface
public interface RuleSelection {
    /** Every rule enabled: no configuration. */
    RuleSelection ALL = (rule, category) -> true;

    boolean enabled(String rule, Category category);
}
