/**
 * Features and the readers and writers that turn complex data into JTS geometries and back,
 * for process authors: {@link org.jwps.io.FeatureReaders}, {@link org.jwps.io.FeatureWriters},
 * and the metadata readers of coverage and point cloud formats ({@link org.jwps.io.GeoTiffInfo},
 * {@link org.jwps.io.NetcdfInfo}, {@link org.jwps.io.LasInfo}).
 *
 * <p>Everything here works with plain {@code new} and static calls, inside OSGi or in a unit
 * test. Geometries are always in x = easting/longitude, y = northing/latitude order: readers
 * swap the axes of data whose CRS says latitude first (for instance GML with
 * {@code urn:ogc:def:crs:EPSG::4326}), and writers swap them back.
 *
 * <p>Readers stream: they never hold more than one feature of the document, refuse DTDs and
 * external entities, and bound what they read from archives (entry count, uncompressed size,
 * compression ratio). Malformed data raises {@link org.jwps.io.MalformedDataException}.
 */
@Export
@Version("1.0.0")
package org.jwps.io;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
