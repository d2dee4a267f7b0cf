package dev.unspin.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * GET /health: {@code {"status": "ok", ...}} with the version, the limits, and the heap in use after the
 * last garbage collection (what a benchmark watches to see the heap stay flat).
 */
final class Health {
    private Health() {
    }

    static ObjectNode of(String version, ServerSettings settings) {
        ObjectNode node = JsonReply.MAPPER.createObjectNode();
        node.put("status", "ok");
        node.put("software", "unspin");
        node.put("version", version);
        node.put("threads", settings.threads());
        node.put("queue", settings.queue());
        node.put("maxRequestBytes", settings.maxRequestBytes());
        node.put("timeoutMillis", settings.timeout().toMillis());
        node.put("heapAfterLastGcBytes", heapAfterLastGc());
        return node;
    }

    /** The heap in use just after the last collection, summed over the heap's pools (0 before any). */
    static long heapAfterLastGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (after != null) {
                used += after.getUsed();
            }
        }
        return used;
    }
}
