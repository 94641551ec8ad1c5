package org.jwps.runtime.internal.validation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.jwps.api.Validator;

public class ValidatorRegistryTest {
    private final Validator a = (data, mode) -> { };
    private final Validator b = (data, mode) -> { };

    @Test
    public void serviceProperties() {
        ValidatorRegistry registry = new ValidatorRegistry();
        registry.addValidator(a, Map.of(Validator.MIME_TYPES, new String[] {"application/gml+xml", "text/xml"},
                "service.id", 1L));
        registry.addValidator(b, Map.of(Validator.MIME_TYPES, "image/tiff; subtype=geotiff", "service.id", 2L,
                "service.ranking", 5));
        assertSame(a, registry.find("text/xml"));
        assertSame(a, registry.find("application/gml+xml; version=3.2"));
        assertSame(b, registry.find("image/tiff;subtype=geotiff"));
        assertNull("a parameter is not dropped when the base type has no validator", registry.find("image/tiff"));
        assertEquals(List.of("application/gml+xml", "image/tiff; subtype=geotiff", "text/xml"),
                List.copyOf(registry.all().keySet()));
        registry.removeValidator(a);
        assertNull(registry.find("text/xml"));
    }

    @Test
    public void rankingThenServiceIdDecides() {
        ValidatorRegistry registry = new ValidatorRegistry();
        registry.addValidator(a, Map.of(Validator.MIME_TYPES, "text/xml", "service.id", 2L));
        registry.addValidator(b, Map.of(Validator.MIME_TYPES, "text/xml", "service.id", 1L));
        assertSame("same ranking: the older service", b, registry.find("text/xml"));
        Validator c = (data, mode) -> { };
        registry.addValidator(c, Map.of(Validator.MIME_TYPES, "text/xml", "service.id", 3L, "service.ranking", 1));
        assertSame(c, registry.find("text/xml"));
    }
}
