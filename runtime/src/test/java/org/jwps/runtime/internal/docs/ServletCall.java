package org.jwps.runtime.internal.docs;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Test utility: one GET through a servlet's {@code service} method, with a request and response
 * made of JDK proxies that answer only what a servlet of ours may ask. Anything else fails the
 * test with the name of the method, so the double never silently answers wrong.
 */
final class ServletCall {
    /** The servlet path the documentation is registered under. */
    static final String SERVLET_PATH = Links.INDEX;

    /**
     * What came back.
     *
     * @param status      the status set
     * @param contentType the content type set, or {@code null}
     * @param headers     the headers set
     * @param body        the bytes written
     */
    record Response(int status, String contentType, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private ServletCall() {
    }

    /**
     * @param servlet  the servlet
     * @param pathInfo the path after the servlet path, decoded, or {@code null}
     * @param query    the raw query string, or {@code null}
     * @return the response
     */
    static Response get(HttpServlet servlet, String pathInfo, String query) throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                parameters.putIfAbsent(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        InvocationHandler request = (proxy, method, args) -> switch (method.getName()) {
            case "getMethod" -> "GET";
            case "getPathInfo" -> pathInfo;
            case "getQueryString" -> query;
            case "getParameter" -> parameters.get((String) args[0]);
            case "getContextPath" -> "";
            case "getServletPath" -> SERVLET_PATH;
            case "getRequestURI" -> SERVLET_PATH + (pathInfo == null ? "" : pathInfo);
            case "getProtocol" -> "HTTP/1.1";
            case "toString" -> "GET " + SERVLET_PATH + (pathInfo == null ? "" : pathInfo);
            default -> throw new UnsupportedOperationException("request." + method.getName());
        };
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("setWriteListener");
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        int[] status = {200};
        Map<String, String> headers = new LinkedHashMap<>();
        InvocationHandler response = (proxy, method, args) -> {
            switch (method.getName()) {
                case "setStatus" -> status[0] = (Integer) args[0];
                case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "setContentLength" -> headers.put("Content-Length", String.valueOf(args[0]));
                case "sendRedirect" -> {
                    status[0] = 302;
                    headers.put("Location", (String) args[0]);
                }
                case "getOutputStream" -> {
                    return out;
                }
                default -> throw new UnsupportedOperationException("response." + method.getName());
            }
            return null;
        };
        ClassLoader loader = ServletCall.class.getClassLoader();
        servlet.service((HttpServletRequest) Proxy.newProxyInstance(loader, new Class<?>[] {HttpServletRequest.class},
                request), (HttpServletResponse) Proxy.newProxyInstance(loader,
                new Class<?>[] {HttpServletResponse.class}, response));
        return new Response(status[0], headers.get("Content-Type"), headers, body.toByteArray());
    }
}
