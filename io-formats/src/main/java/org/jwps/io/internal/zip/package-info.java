/** Private: guarded reading of zip archives. */
package org.jwps.io.internal.zip;
