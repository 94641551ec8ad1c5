package org.jwps.runtime.internal.http;

import java.io.IOException;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * The WPS endpoint at {@code /wps}, registered with the OSGi HTTP Whiteboard: HTTP in, HTTP out,
 * everything else in {@link WpsService}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("jwps")
@HttpWhiteboardServletPattern("/wps")
public class WpsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Reference
    private transient WpsService service;

    /** For DS, which sets the reference field. */
    public WpsServlet() {
    }

    WpsServlet(WpsService service) {
        this.service = service;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(service.get(request.getQueryString(), request.getRemoteAddr()), response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(service.post(request.getInputStream(), request.getContentLengthLong(), request.getRemoteAddr()), response);
    }

    static void write(WpsResponse wps, HttpServletResponse response) throws IOException {
        response.setStatus(wps.status());
        response.setContentType(wps.contentType());
        for (Map.Entry<String, String> header : wps.headers().entrySet()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        if (wps.streamed() != null) {
            try (WpsResponse.Streamed body = wps.streamed()) {
                if (body.length() >= 0) {
                    response.setContentLengthLong(body.length());
                }
                body.writeTo(response.getOutputStream());
            }
            return;
        }
        response.setContentLength(wps.body().length);
        response.getOutputStream().write(wps.body());
    }
}
