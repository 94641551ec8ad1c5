/** Private: format services and the codec table. */
package org.jwps.io.internal;
