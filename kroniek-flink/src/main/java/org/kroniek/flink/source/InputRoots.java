package org.kroniek.flink.source;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The paths the user named, in the order named. They give every file two things the embedded ingest gives it too:
 * its source name as {@code kroniek ingest} would print it ({@code samples/nl/001.txt}, not a {@code file:} URI),
 * and its place in the reading order (argument order, then sorted path order within a directory).
 */
public final class InputRoots implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> typed;
    private final List<String> absolute;

    public InputRoots(List<String> paths) {
        this.typed = List.copyOf(paths);
        this.absolute = new ArrayList<>();
        for (String path : paths) {
            absolute.add(Path.of(path).toAbsolutePath().normalize().toString());
        }
    }

    public List<String> typed() {
        return typed;
    }

    /** The roots as Flink paths, for the file source. */
    public org.apache.flink.core.fs.Path[] flinkPaths() {
        return absolute.stream().map(p -> new org.apache.flink.core.fs.Path(Path.of(p).toUri()))
                .toArray(org.apache.flink.core.fs.Path[]::new);
    }

    /** Whether every root exists (a missing one is reported by the caller before the job starts). */
    public List<String> missing() {
        return typed.stream().filter(p -> !Files.exists(Path.of(p))).toList();
    }

    /** A file found under a root, named as the embedded ingest names it. */
    public String sourceName(org.apache.flink.core.fs.Path file) {
        Path local = localPath(file);
        int root = rootOf(local);
        if (root < 0) {
            return local.toString();
        }
        Path base = Path.of(absolute.get(root));
        return local.equals(base) ? typed.get(root) : Path.of(typed.get(root)).resolve(base.relativize(local)).toString();
    }

    boolean isRoot(org.apache.flink.core.fs.Path file) {
        return absolute.contains(localPath(file).toString());
    }

    /** Reading order: the root's position among the arguments, then the path (as {@code InputTree} sorts). */
    public Comparator<org.apache.flink.core.fs.Path> order() {
        return Comparator.<org.apache.flink.core.fs.Path>comparingInt(p -> rootOf(localPath(p)))
                .thenComparing(InputRoots::localPath);
    }

    static Path localPath(org.apache.flink.core.fs.Path file) {
        URI uri = file.toUri();
        return (uri.getScheme() == null ? Path.of(uri.getPath()) : Path.of(uri)).toAbsolutePath().normalize();
    }

    private int rootOf(Path local) {
        for (int i = 0; i < absolute.size(); i++) {
            if (local.startsWith(Path.of(absolute.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
