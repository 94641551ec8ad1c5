package org.jwps.io;

import java.io.Closeable;
import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Streams the features of one document, one at a time, holding no more than the current
 * feature in memory. Not thread-safe; close it to release the stream and any temporary files.
 */
@ProviderType
public interface FeatureReader extends Closeable {

    /**
     * @return the next feature, or {@code null} at the end of the document
     * @throws MalformedDataException if the data is not valid for its format, saying where
     * @throws IOException            if the stream cannot be read
     */
    Feature next() throws IOException;

    /**
     * @return the CRS as {@code EPSG:<code>} (or as the data names it), or {@code null} when the
     *         data does not say; may only be known once a feature has been read
     */
    String crs();
}
