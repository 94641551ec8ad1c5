package org.jwps.runtime.internal.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.junit.Test;

/**
 * The request id: taken from a well-formed {@code X-Request-ID}, else new, and sent back. That
 * log lines carry it (the MDC) is shown inside Karaf by ConfigurationIT: the test class path's
 * SLF4J binding has no MDC.
 */
public class RequestIdFilterTest {
    @Test
    public void aWellFormedIdFromAProxyIsKept() {
        assertEquals("req-42.a_B", RequestIdFilter.id("req-42.a_B"));
    }

    @Test
    public void otherwiseANewShortIdIsMade() {
        for (String offered : new String[] {null, "", "a b", "line\nbreak", "x".repeat(65)}) {
            String id = RequestIdFilter.id(offered);
            assertTrue(id, id.matches("[0-9a-z]{8}"));
        }
        assertNotEquals(RequestIdFilter.id(null), RequestIdFilter.id(null));
    }

    @Test
    public void theIdIsSentBackAndTheChainRuns() throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) ->
                        method.getName().equals("getHeader") ? "from-proxy" : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) args[0], (String) args[1]);
                    }
                    return null;
                });
        AtomicInteger calls = new AtomicInteger();
        new RequestIdFilter().doFilter(request, response, (req, res) -> calls.incrementAndGet());
        assertEquals(1, calls.get());
        assertEquals(Map.of("X-Request-ID", "from-proxy"), headers);
    }
}
