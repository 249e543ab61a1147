package org.kroniek.ingest;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Test fixtures under src/test/resources/fixtures, and a one-call way to read them. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CollectingSink read(ReaderOptions options, String... paths) {
        CollectingSink sink = new CollectingSink();
        new DocumentSource(options, new ByteArrayInputStream(new byte[0])).readAll(List.of(paths), sink);
        return sink;
    }

    public static CollectingSink read(String... paths) {
        return read(ReaderOptions.defaults(), paths);
    }

    public static CollectingSink readFixture(String name) {
        return read(path(name).toString());
    }
}
