package org.jwps.runtime.internal.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.exception.FileSizeExceededException;
import org.jwps.api.exception.InvalidParameterValueException;
import org.jwps.api.exception.NoApplicableCodeException;
import org.jwps.api.exception.NotEnoughStorageException;
import org.jwps.api.exception.WpsException;
import org.jwps.runtime.internal.config.Settings;
import org.jwps.runtime.internal.encoding.CapabilitiesEncoder;
import org.jwps.runtime.internal.encoding.DescribeProcessEncoder;
import org.jwps.runtime.internal.encoding.ExceptionReportEncoder;
import org.jwps.runtime.internal.encoding.ExecuteResponseEncoder;
import org.jwps.runtime.internal.execute.Execution;
import org.jwps.runtime.internal.execute.OutputValue;
import org.jwps.runtime.internal.job.JobService;
import org.jwps.runtime.internal.job.Publisher;
import org.jwps.runtime.internal.job.StoredRequest;
import org.jwps.runtime.internal.output.OutputStore;
import org.jwps.runtime.internal.protocol.DescribeProcessRequest;
import org.jwps.runtime.internal.protocol.ExecuteRequest;
import org.jwps.runtime.internal.protocol.GetCapabilitiesRequest;
import org.jwps.runtime.internal.protocol.KvpRequestParser;
import org.jwps.runtime.internal.protocol.ResponseForm;
import org.jwps.runtime.internal.protocol.WpsRequest;
import org.jwps.runtime.internal.protocol.XmlRequestParser;
import org.jwps.runtime.internal.registry.ProcessRegistry;
import org.jwps.runtime.internal.stream.LimitedInputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WPS 1.0.0 service: turns a KVP or XML request into a response document. Configured by PID
 * {@code org.jwps}; a configuration change applies to the next request. Documents that do not
 * change between requests (capabilities, descriptions) are built once and kept until a process
 * or the configuration changes.
 */
@Component(service = WpsService.class, configurationPid = WpsService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class WpsService {
    /** The configuration PID, file {@code etc/org.jwps.cfg}. */
    public static final String PID = "org.jwps";

    private static final Logger LOG = LoggerFactory.getLogger(WpsService.class);

    private final ProcessRegistry registry;
    private final JobService jobs;
    private final XmlRequestParser xmlParser = new XmlRequestParser();
    private final Runnable invalidate = this::invalidate;
    private volatile State state;

    /** What one configuration gives: settings, parser and the caches built under them. */
    private record State(Settings settings, KvpRequestParser kvpParser, Map<String, byte[]> cache) {
    }

    @Activate
    public WpsService(@Reference ProcessRegistry registry, @Reference JobService jobs,
                      Map<String, Object> properties) {
        this.registry = registry;
        this.jobs = jobs;
        configure(properties);
        registry.addListener(invalidate);
    }

    @Modified
    void configure(Map<String, Object> properties) {
        // an invalid configuration is logged by ConfigurationMonitor and not applied: keep the last good one
        Settings settings = Settings.choose(state == null ? null : state.settings(), Settings.from(properties));
        if (state != null && settings == state.settings()) {
            return;
        }
        state = new State(settings, new KvpRequestParser(settings.maxInputParamLength()), new ConcurrentHashMap<>());
        LOG.info("WPS service configured: url {}, {} parallel processes, max request {} bytes", settings.url(),
                settings.parallelProcesses(), settings.maxRequestSize());
    }

    @Deactivate
    void deactivate() {
        registry.removeListener(invalidate);
    }

    private void invalidate() {
        State s = state;
        if (s != null) {
            s.cache().clear();
        }
    }

    /** @param queryString the query string of a GET request @return the response */
    public WpsResponse get(String queryString) {
        return get(queryString, null);
    }

    /**
     * @param queryString the raw query string of a GET request
     * @param caller      the client's address, for the job record
     * @return the response, an exception report when the request fails
     */
    public WpsResponse get(String queryString, String caller) {
        State s = state;
        try {
            return handle(s, s.kvpParser().parse(queryString),
                    () -> StoredRequest.kvp(queryString == null ? "" : queryString), caller);
        } catch (RuntimeException e) {
            return failure(s, e);
        }
    }

    /** @param body a POST body @param contentLength its length or -1 @return the response */
    public WpsResponse post(InputStream body, long contentLength) {
        return post(body, contentLength, null);
    }

    /**
     * @param body          the body of a POST request
     * @param contentLength its declared length, or -1
     * @param caller        the client's address, for the job record
     * @return the response, an exception report when the request fails
     */
    public WpsResponse post(InputStream body, long contentLength, String caller) {
        State s = state;
        try {
            long limit = s.settings().maxRequestSize();
            if (contentLength > limit) {
                throw requestTooLarge(limit);
            }
            // kept whole (it is capped) so that an asynchronous job can be stored as it was sent
            byte[] bytes = new LimitedInputStream(body, limit, () -> requestTooLarge(limit)).readAllBytes();
            return handle(s, xmlParser.parse(new ByteArrayInputStream(bytes)), () -> new StoredRequest(true, bytes),
                    caller);
        } catch (IOException e) {
            return failure(s, new NoApplicableCodeException("The request body could not be read", null, e));
        } catch (RuntimeException e) {
            return failure(s, e);
        }
    }

    private static FileSizeExceededException requestTooLarge(long limit) {
        return new FileSizeExceededException("The request is larger than the " + limit
                + " bytes this server accepts (maxrequestsize)", null);
    }

    private WpsResponse handle(State s, WpsRequest request, Supplier<StoredRequest> stored, String caller) {
        String language = language(s.settings(), request.language());
        if (request instanceof GetCapabilitiesRequest) {
            return WpsResponse.xml(s.cache().computeIfAbsent("capabilities:" + language,
                    k -> CapabilitiesEncoder.encode(s.settings(), registry.snapshot(), language)));
        }
        if (request instanceof DescribeProcessRequest describe) {
            return WpsResponse.xml(describe(s, describe, language));
        }
        return execute(s, (ExecuteRequest) request, language, stored, caller);
    }

    private byte[] describe(State s, DescribeProcessRequest request, String language) {
        ProcessRegistry.Snapshot snapshot = registry.snapshot();
        List<ProcessDescription> descriptions = new ArrayList<>();
        for (String id : request.identifiers()) {
            if (DescribeProcessRequest.ALL.equalsIgnoreCase(id)) {
                snapshot.ordered().forEach(e -> descriptions.add(e.process().description()));
                continue;
            }
            Process process = snapshot.get(id);
            if (process == null) {
                throw new InvalidParameterValueException("Unknown process '" + id + "'", "identifier");
            }
            descriptions.add(process.description());
        }
        if (request.identifiers().size() > 1) {
            return DescribeProcessEncoder.encode(descriptions, language);
        }
        // one identifier or "all": few distinct documents, worth keeping
        return s.cache().computeIfAbsent("describe:" + language + ":" + request.identifiers().get(0),
                k -> DescribeProcessEncoder.encode(descriptions, language));
    }

    private WpsResponse execute(State s, ExecuteRequest request, String language, Supplier<StoredRequest> stored,
                                String caller) {
        Process process = registry.snapshot().get(request.identifier());
        if (process == null) {
            throw new InvalidParameterValueException("Unknown process '" + request.identifier() + "'", "Identifier");
        }
        boolean store = request.responseForm() instanceof ResponseForm.Document document
                && document.storeExecuteResponse();
        if (store && ((ResponseForm.Document) request.responseForm()).status()) {
            return WpsResponse.xml(jobs.submit(process, request, stored.get(), language, caller));
        }
        Execution execution = jobs.execute(process, request, language, caller);
        try {
            if (request.responseForm() instanceof ResponseForm.Raw) {
                OutputValue output = execution.outputs().get(0);
                Map<String, String> headers = Map.of("Content-Disposition", "inline; filename=\""
                        + output.identifier() + ExecuteResponseEncoder.extension(output) + "\"");
                String contentType = ExecuteResponseEncoder.rawContentType(output);
                if (output.value() instanceof java.nio.file.Path || output.value() instanceof InputStream) {
                    // large content goes straight to the client; the work directory goes after it
                    WpsResponse streamed = new WpsResponse(200, contentType, null, headers,
                            new RawOutputBody(output, execution));
                    execution = null;
                    return streamed;
                }
                return new WpsResponse(200, contentType, ExecuteResponseEncoder.raw(output), headers);
            }
            OutputStore outputs = jobs.outputs();
            Publisher.publish(outputs, execution);
            if (!store) {
                return WpsResponse.xml(ExecuteResponseEncoder.succeeded(execution, s.settings().url(), language, null));
            }
            // stored but without status: the final document, kept at its status location too
            byte[] document = ExecuteResponseEncoder.succeeded(execution, s.settings().url(), language,
                    outputs.statusLocation(execution.jobId()));
            outputs.writeStatus(execution.jobId(), document);
            return WpsResponse.xml(document);
        } catch (IOException e) {
            throw new NotEnoughStorageException("The response document could not be stored", null, e);
        } finally {
            if (execution != null) {
                execution.close();
            }
        }
    }

    /** @return the public URL of the service, as configured */
    public String serviceUrl() {
        return state.settings().url();
    }

    /**
     * @param relative the path under the output URL, e.g. {@code <job id>/<file name>}
     * @return the published file, or empty when there is none
     */
    public Optional<OutputStore.StoredFile> storedOutput(String relative) {
        return jobs.outputs().find(relative);
    }

    private static String language(Settings settings, String requested) {
        List<String> supported = settings.languages();
        if (requested == null || requested.isBlank()) {
            return supported.get(0);
        }
        for (String language : supported) {
            if (language.equalsIgnoreCase(requested.strip())) {
                return language;
            }
        }
        throw new InvalidParameterValueException("The language '" + requested + "' is not supported; use one of "
                + supported, "language");
    }

    /**
     * @param failure what went wrong
     * @param status  the HTTP status to answer with instead of the exception's own
     * @return the ExceptionReport response, in the default language
     */
    public WpsResponse report(WpsException failure, int status) {
        WpsResponse report = failure(state, failure);
        return new WpsResponse(status, report.contentType(), report.body(), report.headers());
    }

    private WpsResponse failure(State s, RuntimeException e) {
        WpsException failure;
        if (e instanceof WpsException wps) {
            failure = wps;
        } else {
            LOG.error("Request failed unexpectedly", e);
            failure = new NoApplicableCodeException("The server failed to handle the request; the server log has "
                    + "the details", null, e);
        }
        return new WpsResponse(failure.httpStatus(), WpsResponse.XML,
                ExceptionReportEncoder.encode(failure, s.settings().languages().get(0)), Map.of());
    }
}
