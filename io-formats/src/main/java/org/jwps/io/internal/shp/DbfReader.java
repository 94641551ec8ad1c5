package org.jwps.io.internal.shp;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads dBase III/IV {@code .dbf} attribute tables: C (text), N/F (numbers: integers when
 * without decimals), L (logical), D (date, as {@code yyyy-mm-dd}), I and O (binary int, double).
 */
final class DbfReader implements Closeable {
    private static final int MAX_FIELDS = 2048;
    private final DataInputStream in;
    private final Charset charset;
    final int count;
    private final int recordLength;
    private final List<String> names = new ArrayList<>();
    private final List<int[]> fields = new ArrayList<>(); // type, length, decimals
    int read;

    DbfReader(InputStream is, Charset charset) throws IOException {
        this.in = new DataInputStream(is);
        this.charset = charset;
        byte[] h = new byte[32];
        try {
            in.readFully(h);
        } catch (EOFException e) {
            throw ShpReader.bad("the .dbf is shorter than its 32-byte header");
        }
        ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
        count = b.getInt(4);
        int headerLength = b.getShort(8) & 0xffff;
        recordLength = b.getShort(10) & 0xffff;
        if (count < 0 || headerLength < 33) {
            throw ShpReader.bad("the .dbf header is damaged (records " + count + ", header length " + headerLength + ")");
        }
        int pos = 32;
        int sum = 1;
        while (true) {
            int first = in.read();
            pos++;
            if (first == 0x0D || first < 0) {
                break;
            }
            byte[] d = new byte[32];
            d[0] = (byte) first;
            in.readFully(d, 1, 31);
            pos += 31;
            if (fields.size() == MAX_FIELDS) {
                throw ShpReader.bad("the .dbf has more than " + MAX_FIELDS + " fields");
            }
            int nameEnd = 0;
            while (nameEnd < 11 && d[nameEnd] != 0) {
                nameEnd++;
            }
            names.add(new String(d, 0, nameEnd, StandardCharsets.ISO_8859_1).trim());
            int length = d[16] & 0xff;
            fields.add(new int[] {d[11] & 0xff, length, d[17] & 0xff});
            sum += length;
        }
        if (sum != recordLength) {
            throw ShpReader.bad("the .dbf fields add up to " + sum + " bytes but its records are " + recordLength);
        }
        if (pos > headerLength) {
            throw ShpReader.bad("the .dbf field descriptors overrun its header");
        }
        in.skipNBytes(headerLength - pos);
    }

    /** @return the next record's values by field name, or {@code null} after the last record */
    Map<String, Object> next() throws IOException {
        if (read >= count) {
            return null;
        }
        byte[] r = new byte[recordLength];
        try {
            in.readFully(r);
        } catch (EOFException e) {
            throw ShpReader.bad("the .dbf is truncated at record " + (read + 1) + " of " + count);
        }
        read++;
        Map<String, Object> out = new LinkedHashMap<>();
        int off = 1;
        for (int i = 0; i < fields.size(); i++) {
            int[] f = fields.get(i);
            out.put(names.get(i), value(r, off, f, names.get(i)));
            off += f[1];
        }
        return out;
    }

    private Object value(byte[] r, int off, int[] f, String name) throws IOException {
        switch (f[0]) {
            case 'I':
                return f[1] == 4 ? (Object) (long) ByteBuffer.wrap(r, off, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() : null;
            case 'O':
                return f[1] == 8 ? (Object) ByteBuffer.wrap(r, off, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble() : null;
            default:
                break;
        }
        String s = new String(r, off, f[1], f[0] == 'C' ? charset : StandardCharsets.ISO_8859_1);
        switch (f[0]) {
            case 'C':
                return s.stripTrailing();
            case 'N':
            case 'F': {
                String t = s.trim();
                if (t.isEmpty() || t.chars().allMatch(c -> c == '*')) {
                    return null;
                }
                try {
                    return f[2] == 0 && !t.contains(".") ? (Object) Long.parseLong(t) : (Object) Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw ShpReader.bad("record " + read + " of the .dbf has a bad number '" + t + "' in field " + name);
                }
            }
            case 'L': {
                char c = s.isEmpty() ? '?' : s.charAt(0);
                return "TtYy".indexOf(c) >= 0 ? Boolean.TRUE : "FfNn".indexOf(c) >= 0 ? Boolean.FALSE : null;
            }
            case 'D': {
                String t = s.trim();
                return t.length() == 8 ? t.substring(0, 4) + "-" + t.substring(4, 6) + "-" + t.substring(6) : null;
            }
            default:
                return s.trim();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
