package org.jwps.testprocesses.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The benchmark's baseline: the cheapest servlet the same Jetty can serve through the same
 * whiteboard, answering a fixed small XML document. JWPS's figures are read against it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("jwps-bare-baseline")
@HttpWhiteboardServletPattern("/bare")
public class BareServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] BODY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ok/>".getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/xml; charset=UTF-8");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
