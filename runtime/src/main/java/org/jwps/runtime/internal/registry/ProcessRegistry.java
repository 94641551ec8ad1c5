package org.jwps.runtime.internal.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jwps.api.Process;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes on offer: a whiteboard of {@link Process} services. A bundle registering or
 * withdrawing one changes the offer at once. When two services claim one identifier the one with
 * the higher {@code service.ranking} (then the lower {@code service.id}) is offered, and the
 * conflict is logged.
 *
 * <p>Reads are lock-free: every change publishes a new immutable snapshot.
 */
@Component(service = ProcessRegistry.class)
public class ProcessRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessRegistry.class);

    /** A registered process with the service properties that decide between duplicates. */
    public record Entry(Process process, String identifier, int ranking, long serviceId, String bundle) {
    }

    private final Object lock = new Object();
    private final List<Entry> registered = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), List.of(), 0);

    /**
     * The offered processes at one moment.
     *
     * @param byIdentifier the winning entry of each identifier
     * @param ordered      the winners sorted by identifier
     * @param generation   increases with every change, for caches
     */
    public record Snapshot(Map<String, Entry> byIdentifier, List<Entry> ordered, long generation) {
        /** @param identifier a process identifier @return its process, or {@code null} */
        public Process get(String identifier) {
            Entry entry = byIdentifier.get(identifier);
            return entry == null ? null : entry.process();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProcess(Process process, ServiceReference<Process> reference) {
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        Bundle bundle = reference.getBundle();
        add(new Entry(process, identifierOf(process), ranking instanceof Integer ? (Integer) ranking : 0,
                (Long) reference.getProperty(Constants.SERVICE_ID),
                bundle == null ? "?" : bundle.getSymbolicName() + " " + bundle.getVersion()));
    }

    void removeProcess(Process process) {
        remove(process);
    }

    /**
     * Offers a process; outside OSGi (tests, embedding) call this directly.
     *
     * @param entry the process and what decides between duplicates
     */
    public void add(Entry entry) {
        synchronized (lock) {
            registered.add(entry);
            publish();
        }
        LOG.info("Process '{}' added from {}", entry.identifier(), entry.bundle());
    }

    /** @param process a process to withdraw */
    public void remove(Process process) {
        synchronized (lock) {
            registered.removeIf(e -> e.process() == process);
            publish();
        }
        LOG.info("Process '{}' removed", identifierOf(process));
    }

    /** @return the processes on offer now */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** @param listener run after every change of the offer */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** @param listener a listener added before */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private static String identifierOf(Process process) {
        try {
            return process.description().identifier();
        } catch (RuntimeException e) {
            return process.getClass().getName();
        }
    }

    private void publish() {
        Map<String, List<Entry>> byId = new HashMap<>();
        for (Entry e : registered) {
            byId.computeIfAbsent(e.identifier(), k -> new ArrayList<>()).add(e);
        }
        Comparator<Entry> precedence = Comparator.comparingInt(Entry::ranking).reversed()
                .thenComparingLong(Entry::serviceId);
        Map<String, Entry> winners = new HashMap<>();
        for (Map.Entry<String, List<Entry>> claims : byId.entrySet()) {
            List<Entry> candidates = claims.getValue();
            candidates.sort(precedence);
            Entry winner = candidates.get(0);
            winners.put(claims.getKey(), winner);
            if (candidates.size() > 1) {
                LOG.warn("{} services claim process identifier '{}'; offering {} (service.ranking {}, service.id {}), "
                        + "hiding {}", candidates.size(), claims.getKey(), winner.process().getClass().getName(),
                        winner.ranking(), winner.serviceId(), describe(candidates.subList(1, candidates.size())));
            }
        }
        List<Entry> ordered = new ArrayList<>(winners.values());
        ordered.sort(Comparator.comparing(Entry::identifier));
        snapshot = new Snapshot(Map.copyOf(winners), List.copyOf(ordered), snapshot.generation() + 1);
        listeners.forEach(Runnable::run);
    }

    private static String describe(Collection<Entry> hidden) {
        List<String> names = new ArrayList<>();
        hidden.forEach(e -> names.add(e.process().getClass().getName() + " (service.ranking " + e.ranking()
                + ", service.id " + e.serviceId() + ")"));
        return String.join(", ", names);
    }
}
