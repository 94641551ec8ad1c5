package org.jwps.io.internal.coverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jwps.io.MalformedDataException;
import org.jwps.io.NetcdfInfo;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

/**
 * Reads a NetCDF-4 (HDF5) file with jhdf: datasets marked {@code CLASS=DIMENSION_SCALE} are
 * dimensions, the others variables, whose dimension names are matched to dimension scales by
 * length in order (jhdf does not resolve DIMENSION_LIST references). With {@code check}, every
 * dataset's data is read, in slices of at most {@value #SLICE_BYTES} bytes.
 */
public final class Netcdf4Parser {
    private static final long SLICE_BYTES = 32L << 20;
    private static final String PURE_DIMENSION = "This is a netCDF dimension but not a netCDF variable";

    private Netcdf4Parser() {
    }

    /**
     * @param file  an HDF5 file
     * @param check also read every variable's data
     * @return the dimensions and variables
     * @throws IOException if the file cannot be read as HDF5
     */
    public static NetcdfInfo read(Path file, boolean check) throws IOException {
        try (HdfFile hdf = new HdfFile(file)) {
            Map<String, Long> dims = new LinkedHashMap<>();
            List<Dataset> variables = new ArrayList<>();
            walk(hdf, "", dims, variables, check);
            List<NetcdfInfo.Variable> vars = new ArrayList<>();
            for (Dataset ds : variables) {
                long[] shape = ds.getDimensionsAsLong();
                List<String> names = new ArrayList<>();
                for (long len : shape) {
                    names.add(dims.entrySet().stream().filter(e -> e.getValue() == len && !names.contains(e.getKey()))
                            .map(Map.Entry::getKey).findFirst().orElse("dim" + names.size()));
                }
                vars.add(new NetcdfInfo.Variable(ds.getPath().substring(1), ds.getJavaType().getSimpleName(), names, shape));
            }
            return new NetcdfInfo("netCDF-4", dims, vars);
        } catch (MalformedDataException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new MalformedDataException("NetCDF-4: cannot read the HDF5 file: " + e.getMessage(), e);
        }
    }

    private static void walk(Group g, String prefix, Map<String, Long> dims, List<Dataset> vars, boolean check)
            throws MalformedDataException {
        for (Node n : g.getChildren().values()) {
            if (n instanceof Group child) {
                walk(child, prefix + n.getName() + "/", dims, vars, check);
            } else if (n instanceof Dataset ds) {
                Attribute cls = ds.getAttributes().get("CLASS");
                boolean scale = cls != null && "DIMENSION_SCALE".equals(String.valueOf(cls.getData()));
                if (scale) {
                    long[] shape = ds.getDimensionsAsLong();
                    dims.put(prefix + ds.getName(), shape.length == 0 ? 1 : shape[0]);
                }
                Attribute name = ds.getAttributes().get("NAME");
                boolean pure = name != null && String.valueOf(name.getData()).startsWith(PURE_DIMENSION);
                if (!pure) {
                    vars.add(ds);
                }
                if (check && !pure) {
                    readAll(ds);
                }
            }
        }
    }

    private static void readAll(Dataset ds) throws MalformedDataException {
        try {
            if (ds.isScalar() || ds.getSizeInBytes() <= SLICE_BYTES || ds.getDimensions().length == 0) {
                ds.getData();
                return;
            }
            int[] dims = ds.getDimensions();
            long rowBytes = Math.max(1, ds.getSizeInBytes() / dims[0]);
            int rows = (int) Math.max(1, Math.min(dims[0], SLICE_BYTES / rowBytes));
            for (long r = 0; r < dims[0]; r += rows) {
                long[] offset = new long[dims.length];
                offset[0] = r;
                int[] shape = Arrays.copyOf(dims, dims.length);
                shape[0] = (int) Math.min(rows, dims[0] - r);
                ds.getData(offset, shape);
            }
        } catch (RuntimeException e) {
            throw new MalformedDataException("NetCDF-4: cannot read the data of " + ds.getPath() + ": " + e.getMessage(), e);
        }
    }
}
