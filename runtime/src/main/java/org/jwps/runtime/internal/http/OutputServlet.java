package org.jwps.runtime.internal.http;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.runtime.internal.output.OutputStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves outputs published by reference at {@code /wps/outputs/<job id>/<file>}, the default
 * {@code outputurl}, streamed from the output directory with the content type they were
 * published with. Anything else under the path, and every file outside the output directory,
 * is a 404 with an ExceptionReport.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("jwps-outputs")
@HttpWhiteboardServletPattern("/wps/outputs/*")
public class OutputServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Reference
    private transient WpsService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<OutputStore.StoredFile> stored = service.storedOutput(request.getPathInfo());
        if (stored.isEmpty()) {
            WpsServlet.write(service.report(new InvalidParameterValueException("There is no output at "
                    + request.getRequestURI(), "href"), HttpServletResponse.SC_NOT_FOUND), response);
            return;
        }
        OutputStore.StoredFile file = stored.get();
        response.setContentType(file.contentType());
        response.setContentLengthLong(Files.size(file.file()));
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.file().getFileName() + "\"");
        Files.copy(file.file(), response.getOutputStream());
    }
}
