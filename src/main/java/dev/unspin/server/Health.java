package dev.unspin.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GcInfo;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

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

    /**
     * The heap in use just after the most recent collection (young or full), summed over the heap's pools,
     * as the collector reported it; 0 before any collection or on a JVM without HotSpot's GC information.
     */
    static long heapAfterLastGc() {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        GcInfo last = null;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof com.sun.management.GarbageCollectorMXBean hotspot) {
                GcInfo info = hotspot.getLastGcInfo();
                if (info != null && (last == null || info.getEndTime() > last.getEndTime())) {
                    last = info;
                }
            }
        }
        if (last == null) {
            return 0;
        }
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : last.getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        return used;
    }
}
