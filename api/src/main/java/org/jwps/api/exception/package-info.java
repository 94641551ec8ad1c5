/**
 * The WPS / OWS exceptions, each tied to its OWS {@code exceptionCode} and HTTP status.
 *
 * <p>Throw them from a process or a data accessor; the server turns them into an OWS
 * {@code ExceptionReport} (synchronous execution) or a failed status document (asynchronous).
 */
@Export
@Version("1.0.0")
package org.jwps.api.exception;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
