package org.jwps.runtime.internal.encoding;

import org.jwps.api.exception.WpsException;
import org.jwps.runtime.internal.xml.ows.ExceptionReport;
import org.jwps.runtime.internal.xml.ows.ExceptionType;

/** Writes an OWS 1.1 {@code ExceptionReport}. */
public final class ExceptionReportEncoder {
    private ExceptionReportEncoder() {
    }

    /**
     * @param exception the failure
     * @param language  the response language
     * @return the report object, also used inside a failed status
     */
    public static ExceptionReport report(WpsException exception, String language) {
        ExceptionType entry = new ExceptionType();
        entry.setExceptionCode(exception.code().owsCode());
        entry.setLocator(exception.locator());
        if (exception.getMessage() != null) {
            entry.getExceptionText().add(exception.getMessage());
        }
        ExceptionReport report = new ExceptionReport();
        report.setVersion("1.0.0");
        report.setLang(language);
        report.getException().add(entry);
        return report;
    }

    /**
     * @param exception the failure
     * @param language  the response language
     * @return the UTF-8 XML of the report
     */
    public static byte[] encode(WpsException exception, String language) {
        return Jaxb.toBytes(report(exception, language));
    }
}
