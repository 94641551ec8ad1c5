/** Private: StAX readers and writers of GML and KML. */
package org.jwps.io.internal.xml;
