/** Private: GeoTIFF, NetCDF (classic and NetCDF-4) and LAS/LAZ header and data readers. */
package org.jwps.io.internal.coverage;
