/**
 * The JWPS process model: what a process author writes against.
 *
 * <p>A process is a class implementing {@link org.jwps.api.Process}, registered as an OSGi
 * service (usually a Declarative Services component). It describes itself with an immutable
 * {@link org.jwps.api.ProcessDescription} and runs by reading a {@link org.jwps.api.ProcessRequest}
 * and writing a {@link org.jwps.api.ProcessResponse}.
 */
@Export
@Version("1.1.0")
package org.jwps.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
