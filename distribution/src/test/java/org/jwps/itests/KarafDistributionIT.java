package org.jwps.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;

import org.junit.ClassRule;
import org.junit.Test;

/**
 * Boots the assembled distribution with {@code bin/karaf server}, as an operator would, and
 * talks to it over HTTP only.
 */
public class KarafDistributionIT {

    @ClassRule
    public static final KarafDistribution KARAF = new KarafDistribution();

    // WPS 1.0.0 (OGC 05-007r7) clause 8: GetCapabilities by KVP answers a wps:Capabilities document
    @Test
    public void getCapabilitiesAnswersCapabilitiesDocument() throws Exception {
        HttpResponse<String> response = KARAF.get("/wps?service=WPS&request=GetCapabilities");

        assertEquals(200, response.statusCode());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue("Content-Type: " + contentType,
                contentType.startsWith("text/xml") || contentType.startsWith("application/xml"));
        assertTrue(response.body(), response.body().contains("wps:Capabilities"));
    }
}
