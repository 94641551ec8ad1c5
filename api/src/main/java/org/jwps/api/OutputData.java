package org.jwps.api;

import java.io.InputStream;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One output of an execution, set by the process. Setting it again replaces the value.
 */
@ProviderType
public interface OutputData {

    /** @return the output identifier */
    String identifier();

    /**
     * @return the format the client asked for (the default when it asked for none), or
     *         {@code null} for literal and bounding box outputs; write the data in this format
     */
    Format format();

    /** @return the unit of measure the client asked for, or the default, or {@code null} */
    String uom();

    /**
     * @param value for a literal output its value (a String, Number, Boolean or java.time value),
     *              for a bounding box output a {@link BoundingBox}, for a complex output its text
     *              or a {@code byte[]}
     * @throws IllegalArgumentException if the value does not suit the output
     */
    void setData(Object value);

    /**
     * @param content the content of a complex output; read once and closed by the server
     * @throws IllegalArgumentException if the output is not complex
     */
    void setStream(InputStream content);

    /**
     * @param file a file holding the content of a complex output; the server reads it after the
     *             process returns
     * @throws IllegalArgumentException if the output is not complex
     */
    void setFile(Path file);
}
