/** Private: streaming GeoJSON reader and writer (Jackson core, no data binding). */
package org.jwps.io.internal.json;
