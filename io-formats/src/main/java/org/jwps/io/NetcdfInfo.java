package org.jwps.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jwps.io.internal.coverage.Netcdf4Parser;
import org.jwps.io.internal.coverage.NetcdfClassicParser;

/**
 * The structure of a NetCDF file, classic (CDF-1/2/5) or NetCDF-4 (HDF5).
 *
 * @param format     {@code classic}, {@code 64-bit offset}, {@code CDF-5} or {@code netCDF-4}
 * @param dimensions the dimensions and their lengths, in file order (the record dimension has
 *                   the number of records, or -1 when streaming)
 * @param variables  the variables, in file order
 */
public record NetcdfInfo(String format, Map<String, Long> dimensions, List<Variable> variables) {

    /** Copies the collections. */
    public NetcdfInfo {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
        variables = List.copyOf(variables);
    }

    /**
     * A variable.
     *
     * @param name       its name (NetCDF-4: its path below the root group)
     * @param type       its data type, e.g. {@code float} or {@code double}
     * @param dimensions the names of its dimensions
     * @param shape      the length along each dimension
     */
    public record Variable(String name, String type, List<String> dimensions, long[] shape) {
        /** Copies the list. */
        public Variable {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * Reads the header only.
     *
     * @param file a NetCDF file
     * @return its dimensions and variables
     * @throws MalformedDataException if it is not NetCDF or the header is damaged
     * @throws IOException            if the file cannot be read
     */
    public static NetcdfInfo read(Path file) throws IOException {
        return read(file, false);
    }

    /**
     * Reads the header and checks every variable's data: present in a classic file, readable in a NetCDF-4 file.
     *
     * @param file a NetCDF file
     * @return its dimensions and variables
     * @throws MalformedDataException as {@link #read(Path)}, or if data is missing (truncated file)
     * @throws IOException            if the file cannot be read
     */
    public static NetcdfInfo readFully(Path file) throws IOException {
        return read(file, true);
    }

    private static NetcdfInfo read(Path file, boolean check) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(8);
        }
        if (magic.length >= 3 && magic[0] == 'C' && magic[1] == 'D' && magic[2] == 'F') {
            return NetcdfClassicParser.read(file, check);
        }
        if (magic.length == 8 && (magic[0] & 0xff) == 0x89 && magic[1] == 'H' && magic[2] == 'D' && magic[3] == 'F') {
            return Netcdf4Parser.read(file, check);
        }
        throw new MalformedDataException("NetCDF: neither classic NetCDF (CDF) nor NetCDF-4 (HDF5 signature)");
    }
}
