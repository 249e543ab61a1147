package org.kroniek.flink.source;

import java.util.function.Predicate;
import org.apache.flink.core.fs.Path;
import org.kroniek.ingest.FormatDetector;
import org.kroniek.ingest.InputFormat;

/**
 * Which files of a directory tree the job reads: the same rule as the embedded ingest's directory walk (hidden
 * files and directories skipped; unless a format is forced, only known extensions or none). Flink applies it
 * to directories too, so a hidden directory's subtree is skipped whole.
 */
final class InputFileFilter implements Predicate<Path>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean anyExtension;
    private final InputRoots roots;

    InputFileFilter(boolean anyExtension, InputRoots roots) {
        this.anyExtension = anyExtension;
        this.roots = roots;
    }

    @Override
    public boolean test(Path path) {
        String name = path.getName();
        if (roots.isRoot(path)) {
            return true; // a path named on the command line is read whatever its name, as by the embedded ingest
        }
        if (name.startsWith(".")) {
            return false;
        }
        if (anyExtension || name.indexOf('.') < 0 || isDirectory(path)) {
            return true;
        }
        return FormatDetector.byExtension(name) != InputFormat.AUTO;
    }

    private static boolean isDirectory(Path path) {
        return java.nio.file.Files.isDirectory(InputRoots.localPath(path));
    }
}
