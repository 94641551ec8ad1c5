/** Private: ESRI Shapefile (.shp, .shx, .dbf, .prj) reading and writing, in a zip. */
package org.jwps.io.internal.shp;
