package dev.unspin.engine;

import java.util.List;

/**
 * The pipeline's last stage: decides which of a checked document's findings a report shows
 * ({@code --baseline}, {@code --changed-since}). It never changes the document's score or verdict,
 * and the findings it hides are counted under its {@link #name()} in the result.
 */
public interface ReportFilter {

    /** How reports name the filter: {@code baseline}, {@code changed-since}. */
    String name();

    /** The findings to show, in their order. */
    List<Finding> shown(DocumentResult result);
}
