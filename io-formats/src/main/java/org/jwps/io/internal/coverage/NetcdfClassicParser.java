package org.jwps.io.internal.coverage;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jwps.io.MalformedDataException;
import org.jwps.io.NetcdfInfo;

/**
 * Parses the header of a classic NetCDF file (CDF-1, CDF-2 64-bit offset, CDF-5): dimensions,
 * global attributes (skipped), variables with their type, dimensions and data offset. Every
 * count is checked against the file size before anything is allocated.
 */
public final class NetcdfClassicParser {
    private static final int NC_DIMENSION = 0x0A;
    private static final int NC_VARIABLE = 0x0B;
    private static final int NC_ATTRIBUTE = 0x0C;
    private static final String[] TYPES = {null, "byte", "char", "short", "int", "float", "double", "ubyte", "ushort",
        "uint", "int64", "uint64"};
    private static final int[] SIZES = {0, 1, 1, 2, 4, 4, 8, 1, 2, 4, 8, 8};

    private final DataInputStream in;
    private final long size;
    private final int version;
    private long pos;

    private NetcdfClassicParser(InputStream in, long size, int version) {
        this.in = new DataInputStream(in);
        this.size = size;
        this.version = version;
    }

    /**
     * @param file  a file starting with {@code CDF}
     * @param check also check that every variable's data lies inside the file
     * @return the dimensions and variables
     * @throws IOException if the header is damaged or data is missing
     */
    public static NetcdfInfo read(Path file, boolean check) throws IOException {
        long size = Files.size(file);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            byte[] magic = raw.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'C' || magic[1] != 'D' || magic[2] != 'F' || !(magic[3] == 1 || magic[3] == 2 || magic[3] == 5)) {
                throw new MalformedDataException("NetCDF: not a classic NetCDF file (no CDF\\1, CDF\\2 or CDF\\5 signature)");
            }
            NetcdfClassicParser p = new NetcdfClassicParser(raw, size, magic[3]);
            p.pos = 4;
            return p.header(check);
        } catch (EOFException e) {
            throw new MalformedDataException("NetCDF: the header is truncated (file of " + size + " bytes)", e);
        }
    }

    private NetcdfInfo header(boolean check) throws IOException {
        long numrecs = version == 5 ? in.readLong() : in.readInt() & 0xffffffffL;
        pos += version == 5 ? 8 : 4;
        boolean streaming = numrecs == (version == 5 ? -1L : 0xffffffffL);
        List<String> dimNames = new ArrayList<>();
        Map<String, Long> dims = new LinkedHashMap<>();
        String recordDim = null;
        long n = list(NC_DIMENSION, "dimension");
        for (long i = 0; i < n; i++) {
            String name = name();
            long length = count();
            dimNames.add(name);
            if (length == 0) {
                recordDim = name;
            }
            dims.put(name, length == 0 ? (streaming ? -1 : numrecs) : length);
        }
        attributes();
        List<NetcdfInfo.Variable> vars = new ArrayList<>();
        long recsize = 0;
        List<long[]> extents = new ArrayList<>(); // begin, bytes per record or whole, record flag
        n = list(NC_VARIABLE, "variable");
        for (long i = 0; i < n; i++) {
            String name = name();
            long ndims = count();
            List<String> vdims = new ArrayList<>();
            long[] shape = new long[(int) ndims];
            boolean record = false;
            long bytes = 1;
            for (int d = 0; d < ndims; d++) {
                long id = version == 5 ? readLong() : readInt();
                if (id < 0 || id >= dimNames.size()) {
                    throw bad("variable " + name + " refers to dimension " + id + " of " + dimNames.size());
                }
                vdims.add(dimNames.get((int) id));
                shape[d] = dims.get(dimNames.get((int) id));
                if (d == 0 && dimNames.get((int) id).equals(recordDim)) {
                    record = true;
                } else {
                    bytes = multiply(bytes, shape[d], name);
                }
            }
            attributes();
            int type = readInt();
            if (type < 1 || type >= TYPES.length || (version != 5 && type > 6)) {
                throw bad("variable " + name + " has unknown type " + type);
            }
            long vsize = version == 5 ? readLong() : readInt() & 0xffffffffL;
            long begin = version == 1 ? readInt() & 0xffffffffL : readLong();
            bytes = multiply(bytes, SIZES[type], name);
            if (record) {
                recsize += vsize;
            }
            extents.add(new long[] {begin, bytes, record ? 1 : 0});
            vars.add(new NetcdfInfo.Variable(name, TYPES[type], vdims, shape));
        }
        if (check && !streaming) {
            for (int i = 0; i < extents.size(); i++) {
                long[] e = extents.get(i);
                long end = e[2] == 1 ? (numrecs == 0 ? e[0] : e[0] + (numrecs - 1) * recsize + e[1]) : e[0] + e[1];
                if (e[0] < pos || end > size) {
                    throw bad("the data of variable " + vars.get(i).name() + " lies outside the file (bytes " + e[0]
                            + " to " + end + " of " + size + "): truncated?");
                }
            }
        }
        return new NetcdfInfo(version == 1 ? "classic" : version == 2 ? "64-bit offset" : "CDF-5", dims, vars);
    }

    private long multiply(long a, long b, String var) throws MalformedDataException {
        try {
            return Math.multiplyExact(a, Math.max(0, b));
        } catch (ArithmeticException e) {
            throw bad("variable " + var + " is impossibly large");
        }
    }

    /** A tagged list: ABSENT (ZERO ZERO) or the tag and the element count. */
    private long list(int tag, String what) throws IOException {
        int t = readInt();
        long n = count();
        if (t == 0 && n == 0) {
            return 0;
        }
        if (t != tag) {
            throw bad("expected the " + what + " list (tag " + tag + ") at byte " + (pos - 8) + ", found tag " + t);
        }
        return n;
    }

    private void attributes() throws IOException {
        long n = list(NC_ATTRIBUTE, "attribute");
        for (long i = 0; i < n; i++) {
            name();
            int type = readInt();
            if (type < 1 || type >= TYPES.length) {
                throw bad("attribute of unknown type " + type);
            }
            long values = count();
            skip(pad(multiply(values, SIZES[type], "attribute")));
        }
    }

    private String name() throws IOException {
        long n = count();
        if (n > 65535) {
            throw bad("a name of " + n + " bytes at byte " + pos);
        }
        byte[] b = new byte[(int) n];
        in.readFully(b);
        pos += n;
        skip(pad(n) - n);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A NON_NEG count, checked against what the file could hold. */
    private long count() throws IOException {
        long n = version == 5 ? readLong() : readInt() & 0xffffffffL;
        if (n < 0 || n > size) {
            throw bad("a count of " + n + " at byte " + (pos - 4) + " exceeds the file size " + size);
        }
        return n;
    }

    private int readInt() throws IOException {
        pos += 4;
        return in.readInt();
    }

    private long readLong() throws IOException {
        pos += 8;
        return in.readLong();
    }

    private void skip(long n) throws IOException {
        if (pos + n > size) {
            throw new EOFException();
        }
        in.skipNBytes(n);
        pos += n;
    }

    private static long pad(long n) {
        return (n + 3) & ~3L;
    }

    private static MalformedDataException bad(String m) {
        return new MalformedDataException("NetCDF: " + m);
    }
}
