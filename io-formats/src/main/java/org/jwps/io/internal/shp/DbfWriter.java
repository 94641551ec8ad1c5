package org.jwps.io.internal.shp;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jwps.io.Feature;

/**
 * Writes the properties as a dBase III table in UTF-8: integers as N(n,0), decimals as N with
 * the needed scale (at most 15), booleans as L, anything else (and mixed columns) as C of up
 * to 254 bytes. Field names are cut to 10 characters and made unique.
 */
final class DbfWriter {
    private DbfWriter() {
    }

    /** One column: the property key, its dBase name, type, width, decimals. */
    private static final class Field {
        final String key;
        String name;
        char type = 0;
        int width = 1;
        int decimals;

        Field(String key) {
            this.key = key;
        }

        void see(Object v) {
            if (v == null) {
                return;
            }
            char t = v instanceof Boolean ? 'L' : v instanceof Long || v instanceof Integer || v instanceof Short ? 'I'
                    : v instanceof Number n && Double.isFinite(n.doubleValue()) ? 'D' : 'C';
            type = type == 0 || type == t ? t : (type == 'I' && t == 'D') || (type == 'D' && t == 'I') ? 'D' : 'C';
            if (t == 'D') {
                decimals = Math.min(15, Math.max(decimals, Math.max(1, BigDecimal.valueOf(((Number) v).doubleValue())
                        .stripTrailingZeros().scale())));
            }
        }
    }

    static void write(List<Feature> fs, OutputStream out) throws IOException {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Feature f : fs) {
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                fields.computeIfAbsent(e.getKey(), Field::new).see(e.getValue());
            }
        }
        List<Field> cols = new ArrayList<>(fields.values());
        List<String> used = new ArrayList<>();
        for (Field c : cols) {
            String base = c.key.length() > 10 ? c.key.substring(0, 10) : c.key;
            String name = base;
            for (int i = 1; used.contains(name.toUpperCase()) || name.getBytes(StandardCharsets.UTF_8).length > 10; i++) {
                name = base.substring(0, Math.min(base.length(), 8)) + "_" + i;
            }
            used.add(name.toUpperCase());
            c.name = name;
            c.type = c.type == 0 ? 'C' : c.type;
            for (Feature f : fs) {
                c.width = Math.max(c.width, Math.min(254, text(c, f.property(c.key)).length));
            }
        }
        int recordLength = 1 + cols.stream().mapToInt(c -> c.width).sum();
        int headerLength = 32 + 32 * cols.size() + 1;
        ByteBuffer h = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate d = LocalDate.now();
        h.put((byte) 3).put((byte) (d.getYear() - 1900)).put((byte) d.getMonthValue()).put((byte) d.getDayOfMonth());
        h.putInt(fs.size()).putShort((short) headerLength).putShort((short) recordLength);
        h.position(32);
        for (Field c : cols) {
            byte[] name = Arrays.copyOf(c.name.getBytes(StandardCharsets.UTF_8), 11);
            h.put(name).put((byte) (c.type == 'L' ? 'L' : c.type == 'C' ? 'C' : 'N'));
            h.position(h.position() + 4);
            h.put((byte) c.width).put((byte) (c.type == 'D' ? c.decimals : 0));
            h.position(h.position() + 14);
        }
        h.put((byte) 0x0D);
        out.write(h.array());
        byte[] record = new byte[recordLength];
        for (Feature f : fs) {
            Arrays.fill(record, (byte) ' ');
            int off = 1;
            for (Field c : cols) {
                byte[] v = text(c, f.property(c.key));
                int n = Math.min(v.length, c.width);
                // numbers are right-aligned, text left-aligned
                System.arraycopy(v, 0, record, c.type == 'C' || c.type == 'L' ? off : off + c.width - n, n);
                off += c.width;
            }
            out.write(record);
        }
        out.write(0x1A);
    }

    private static byte[] text(Field c, Object v) {
        if (v == null) {
            return new byte[0];
        }
        String s = switch (c.type) {
            case 'L' -> (Boolean) v ? "T" : "F";
            case 'I' -> Long.toString(((Number) v).longValue());
            case 'D' -> BigDecimal.valueOf(((Number) v).doubleValue()).setScale(c.decimals, RoundingMode.HALF_UP).toPlainString();
            default -> String.valueOf(v);
        };
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        while (b.length > 254) {
            s = s.substring(0, s.length() - 1);
            b = s.getBytes(StandardCharsets.UTF_8);
        }
        return b;
    }
}
