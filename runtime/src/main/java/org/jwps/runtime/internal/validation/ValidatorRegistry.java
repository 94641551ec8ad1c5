package org.jwps.runtime.internal.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jwps.api.Validator;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validators on offer: a whiteboard of {@link Validator} services, each claiming the mime
 * types of its {@link Validator#MIME_TYPES} property. When several claim one mime type the higher
 * {@code service.ranking} (then the lower {@code service.id}) wins, and the conflict is logged.
 * Lookups are lock-free.
 */
@Component(service = ValidatorRegistry.class)
public class ValidatorRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ValidatorRegistry.class);

    /** A registered validator with what decides between several for one mime type. */
    public record Entry(Validator validator, List<String> mimeTypes, int ranking, long serviceId) {
        public Entry {
            mimeTypes = mimeTypes.stream().map(ValidatorRegistry::normalise).toList();
        }
    }

    private final List<Entry> registered = new ArrayList<>();
    private volatile Map<String, Entry> byMimeType = Map.of();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addValidator(Validator validator, Map<String, Object> properties) {
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        Object id = properties.get(Constants.SERVICE_ID);
        add(new Entry(validator, mimeTypes(properties.get(Validator.MIME_TYPES)),
                ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : 0L));
    }

    void removeValidator(Validator validator) {
        remove(validator);
    }

    /** @param validator a validator offered before; it is withdrawn */
    public void remove(Validator validator) {
        synchronized (registered) {
            registered.removeIf(e -> e.validator() == validator);
            publish();
        }
    }

    /**
     * Offers a validator; outside OSGi (tests, embedding) call this directly.
     *
     * @param entry the validator and its mime types
     */
    public void add(Entry entry) {
        if (entry.mimeTypes().isEmpty()) {
            LOG.warn("Validator {} has no {} property and validates nothing", entry.validator().getClass().getName(),
                    Validator.MIME_TYPES);
        }
        synchronized (registered) {
            registered.add(entry);
            publish();
        }
    }

    private void publish() {
        Map<String, List<Entry>> claims = new HashMap<>();
        for (Entry entry : registered) {
            entry.mimeTypes().forEach(m -> claims.computeIfAbsent(m, k -> new ArrayList<>()).add(entry));
        }
        Map<String, Entry> winners = new HashMap<>();
        claims.forEach((mimeType, entries) -> {
            entries.sort(Comparator.comparingInt(Entry::ranking).reversed().thenComparingLong(Entry::serviceId));
            winners.put(mimeType, entries.get(0));
            if (entries.size() > 1) {
                LOG.warn("{} validators claim {}: using {} (ranking {}), not {}", entries.size(), mimeType,
                        entries.get(0).validator().getClass().getName(), entries.get(0).ranking(),
                        entries.subList(1, entries.size()).stream().map(e -> e.validator().getClass().getName()).toList());
            }
        });
        byMimeType = Map.copyOf(winners);
    }

    /**
     * @param mimeType a mime type, parameters included or not
     * @return the validator for it: one registered for exactly this type, else for its base type
     *         (without parameters); {@code null} when there is none
     */
    public Validator find(String mimeType) {
        if (mimeType == null) {
            return null;
        }
        Map<String, Entry> current = byMimeType;
        String normalised = normalise(mimeType);
        Entry entry = current.get(normalised);
        int semicolon = normalised.indexOf(';');
        if (entry == null && semicolon > 0) {
            entry = current.get(normalised.substring(0, semicolon).strip());
        }
        return entry == null ? null : entry.validator();
    }

    /** @return the winning validator of each mime type, by mime type */
    public Map<String, Validator> all() {
        Map<String, Validator> all = new java.util.TreeMap<>();
        byMimeType.forEach((m, e) -> all.put(m, e.validator()));
        return all;
    }

    /** Lower case, and no blanks around the parameters: {@code image/tiff; subtype=geotiff}. */
    static String normalise(String mimeType) {
        return mimeType.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*;\\s*", "; ");
    }

    private static List<String> mimeTypes(Object property) {
        if (property instanceof String s) {
            return List.of(s);
        }
        if (property instanceof String[] array) {
            return List.of(array);
        }
        if (property instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
