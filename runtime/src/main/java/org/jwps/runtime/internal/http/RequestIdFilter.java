package org.jwps.runtime.internal.http;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterServlet;
import org.slf4j.MDC;

/**
 * Gives every request to the WPS servlets a short id and puts it into SLF4J's MDC under
 * {@link #MDC_KEY} while the request is handled, so each log line of the request carries it
 * (the distribution's log pattern prints it). A well-formed {@code X-Request-ID} from a proxy
 * in front is used instead of a new id, so both logs line up; the id is sent back in the same
 * header.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("jwps-request-id")
@HttpWhiteboardFilterServlet({"jwps", "jwps-outputs"})
public class RequestIdFilter implements Filter {
    /** The MDC key of the request id; asynchronous job threads put the job id under it. */
    public static final String MDC_KEY = "jwps.request";
    /** The header a proxy may set and the response carries. */
    static final String HEADER = "X-Request-ID";
    /** What a request id from outside may look like: short and harmless in a log line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = id(request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null);
        if (response instanceof HttpServletResponse http) {
            http.setHeader(HEADER, id);
        }
        String outer = MDC.get(MDC_KEY); // an include or forward inside a request keeps the outer id
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    /**
     * @param offered the id a client or proxy sent, or null
     * @return that id when it is well-formed, else a new one of eight base-36 characters
     */
    static String id(String offered) {
        if (offered != null && ACCEPTED.matcher(offered).matches()) {
            return offered;
        }
        char[] id = new char[8];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < id.length; i++) {
            id[i] = DIGITS[random.nextInt(DIGITS.length)];
        }
        return new String(id);
    }
}
