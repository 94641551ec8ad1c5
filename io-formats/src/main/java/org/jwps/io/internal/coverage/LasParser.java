package org.jwps.io.internal.coverage;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jwps.io.LasInfo;
import org.jwps.io.MalformedDataException;

/**
 * Reads the public header block of an ASPRS LAS 1.0-1.4 file (and of LAZ, which keeps it
 * uncompressed), and checks every point record of an uncompressed file against the header's
 * bounds. LAZ points are decompressed with laszip4j ({@link LazPoints}), after this header check,
 * so a file that is not LAS never reaches it.
 */
public final class LasParser {
    private static final int[] MIN_RECORD = {20, 28, 26, 34, 57, 63, 30, 36, 38, 59, 67};

    private LasParser() {
    }

    /**
     * @param file  the file
     * @param check also read and check every point
     * @return the header
     * @throws IOException if the header is damaged or a point is outside the bounds
     */
    public static LasInfo read(Path file, boolean check) throws IOException {
        long size = Files.size(file);
        LasInfo info;
        try (InputStream in = Files.newInputStream(file)) {
            info = header(in.readNBytes(375), size);
        }
        if (check) {
            if (info.compressed()) {
                LazPoints.check(file, info);
            } else {
                points(file, info, size);
            }
        }
        return info;
    }

    static LasInfo header(byte[] h, long size) throws MalformedDataException {
        if (h.length < 4 || !new String(h, 0, 4, StandardCharsets.US_ASCII).equals("LASF")) {
            throw bad("not a LAS file (no LASF signature)");
        }
        if (h.length < 227) {
            throw bad("the header is truncated (" + h.length + " of at least 227 bytes)");
        }
        ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
        int major = b.get(24);
        int minor = b.get(25);
        int headerSize = b.getShort(94) & 0xffff;
        long offset = b.getInt(96) & 0xffffffffL;
        int rawFormat = b.get(104) & 0xff;
        int recordLength = b.getShort(105) & 0xffff;
        long count = b.getInt(107) & 0xffffffffL;
        if (major != 1 || minor < 0 || minor > 4) {
            throw bad("unsupported LAS version " + major + "." + minor);
        }
        if (headerSize < 227 || headerSize > h.length && minor >= 4 && h.length < 375 || offset < headerSize || offset > size) {
            throw bad("the header is damaged (header size " + headerSize + ", point data offset " + offset + ", file size " + size + ")");
        }
        if (minor >= 4 && headerSize >= 375 && h.length >= 255) {
            long count64 = b.getLong(247);
            count = count == 0 ? count64 : count;
        }
        boolean compressed = (rawFormat & 0x80) != 0;
        int format = rawFormat & 0x3f;
        if (format >= MIN_RECORD.length || recordLength < MIN_RECORD[format]) {
            throw bad("point format " + format + " with records of " + recordLength + " bytes is not valid");
        }
        double[] scale = {b.getDouble(131), b.getDouble(139), b.getDouble(147)};
        double[] off = {b.getDouble(155), b.getDouble(163), b.getDouble(171)};
        double[] max = {b.getDouble(179), b.getDouble(195), b.getDouble(211)};
        double[] min = {b.getDouble(187), b.getDouble(203), b.getDouble(219)};
        for (int i = 0; i < 3; i++) {
            if (!(scale[i] > 0) || !Double.isFinite(scale[i]) || !Double.isFinite(off[i]) || !(min[i] <= max[i])) {
                throw bad("the header has bad scale, offset or bounds (axis " + "XYZ".charAt(i) + ")");
            }
        }
        return new LasInfo(major, minor, format, recordLength, count, compressed, offset, scale, off, min, max);
    }

    private static void points(Path file, LasInfo info, long size) throws IOException {
        long needed = info.pointDataOffset() + info.pointCount() * info.pointRecordLength();
        if (needed > size) {
            throw bad("truncated: " + info.pointCount() + " points of " + info.pointRecordLength() + " bytes from byte "
                    + info.pointDataOffset() + " need " + needed + " bytes, the file has " + size);
        }
        byte[] record = new byte[info.pointRecordLength()];
        ByteBuffer b = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            in.skipNBytes(info.pointDataOffset());
            for (long i = 0; i < info.pointCount(); i++) {
                in.readFully(record);
                checkPoint(info, i, b.getInt(0), b.getInt(4), b.getInt(8));
            }
        } catch (EOFException e) {
            throw bad("truncated inside the point records");
        }
    }

    /** Whether a point's scaled coordinates lie in the header bounds (with one scale step of slack). */
    static void checkPoint(LasInfo info, long index, int x, int y, int z) throws MalformedDataException {
        int[] raw = {x, y, z};
        for (int a = 0; a < 3; a++) {
            double v = raw[a] * info.scale()[a] + info.offset()[a];
            if (v < info.min()[a] - info.scale()[a] || v > info.max()[a] + info.scale()[a]) {
                throw bad("point " + index + " at (" + (x * info.scale()[0] + info.offset()[0]) + ", "
                        + (y * info.scale()[1] + info.offset()[1]) + ", " + (z * info.scale()[2] + info.offset()[2])
                        + ") is outside the header bounds " + java.util.Arrays.toString(info.min()) + " - "
                        + java.util.Arrays.toString(info.max()));
            }
        }
    }

    static MalformedDataException bad(String m) {
        return new MalformedDataException("LAS: " + m);
    }
}
