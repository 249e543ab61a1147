package org.kroniek.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files of a directory tree that kroniek should read, in sorted path order so that runs are reproducible.
 * Hidden files and directories (name starting with a dot) are skipped. Unless a format is forced, only files
 * with a known extension (or none) are taken, so that images or PDFs next to the articles are not errors.
 */
final class InputTree {
    /** A file to read, or a directory entry that could not be listed ({@code problem} set). */
    record Entry(Path path, String problem) {
    }

    private InputTree() {
    }

    static List<Entry> files(Path root, boolean anyExtension) {
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean regular = attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
                    if (regular && !isHidden(file) && (anyExtension || hasReadableExtension(file))) {
                        entries.add(new Entry(file, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!isHidden(file)) {
                        entries.add(new Entry(file, e instanceof AccessDeniedException ? "permission denied"
                                : "cannot read: " + e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            entries.add(new Entry(root, "cannot read directory: " + e.getMessage()));
        }
        entries.sort(Comparator.comparing(Entry::path));
        return entries;
    }

    static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean hasReadableExtension(Path file) {
        String name = file.getFileName().toString();
        return name.indexOf('.') < 0 || FormatDetector.byExtension(name) != InputFormat.AUTO;
    }
}
