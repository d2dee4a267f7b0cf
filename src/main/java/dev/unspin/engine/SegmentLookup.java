package dev.unspin.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which segment of a bilingual file a file offset falls on, by binary search over the segments ordered by
 * where their targets start: made once per document, so a report with a finding on every one of 50,000
 * segments does not scan them all for each finding. Of several segments holding an offset (only possible
 * for an empty target at the start of another), the first in file order.
 */
public final class SegmentLookup {
    private final List<SegmentResult> byStart;

    private SegmentLookup(List<SegmentResult> byStart) {
        this.byStart = byStart;
    }

    /** The lookup over a document's segments (in any order; a stable sort keeps file order among equal starts). */
    public static SegmentLookup of(List<SegmentResult> segments) {
        List<SegmentResult> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingInt(SegmentResult::start));
        return new SegmentLookup(sorted);
    }

    /** The segment holding this offset ({@link SegmentResult#holds}), if any. */
    public Optional<SegmentResult> at(int offset) {
        int last = lastStartingAtOrBefore(offset);
        if (last < 0) {
            return Optional.empty();
        }
        int first = last;
        while (first > 0 && byStart.get(first - 1).start() == byStart.get(last).start()) {
            first--;
        }
        for (int i = first; i <= last; i++) {
            if (byStart.get(i).holds(offset)) {
                return Optional.of(byStart.get(i));
            }
        }
        return Optional.empty();
    }

    private int lastStartingAtOrBefore(int offset) {
        int low = 0;
        int high = byStart.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (byStart.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
