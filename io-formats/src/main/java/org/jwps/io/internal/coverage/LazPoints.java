package org.jwps.io.internal.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import org.jwps.io.LasInfo;
import org.jwps.io.MalformedDataException;

import com.github.mreutegg.laszip4j.CloseablePointIterable;
import com.github.mreutegg.laszip4j.LASPoint;
import com.github.mreutegg.laszip4j.LASReader;

/** Decompresses every point of a LAZ file with laszip4j (kept in its own class: an optional import). */
final class LazPoints {
    private LazPoints() {
    }

    static void check(Path file, LasInfo info) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".laz")) {
            points(file, info);
            return;
        }
        // laszip4j picks its reader by file name: give it a .laz name
        Path dir = Files.createTempDirectory("jwps-laz");
        Path named = dir.resolve("data.laz");
        try {
            try {
                Files.createSymbolicLink(named, file.toAbsolutePath());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(file, named);
            }
            points(named, info);
        } finally {
            Files.deleteIfExists(named);
            Files.deleteIfExists(dir);
        }
    }

    private static void points(Path file, LasInfo info) throws IOException {
        long n = 0;
        try (CloseablePointIterable points = new LASReader(file.toFile()).getCloseablePoints()) {
            Iterator<LASPoint> it = points.iterator();
            while (n < info.pointCount() && it.hasNext()) {
                LASPoint p = it.next();
                LasParser.checkPoint(info, n, p.getX(), p.getY(), p.getZ());
                n++;
            }
        } catch (MalformedDataException e) {
            throw e;
        } catch (RuntimeException | NoClassDefFoundError e) {
            throw LasParser.bad("LAZ decompression failed after " + n + " points: " + e);
        }
        if (n != info.pointCount()) {
            throw LasParser.bad("LAZ: the header says " + info.pointCount() + " points, " + n + " could be decompressed");
        }
    }
}
