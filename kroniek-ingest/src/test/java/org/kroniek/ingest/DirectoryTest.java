package org.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.Document;

class DirectoryTest {
    @TempDir
    Path dir;

    @Test
    void readsTheTreeInSortedOrderAndSkipsHiddenAndForeignFiles() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve(".verborgen-map"));
        write("b.txt", "De burgemeester opende zaterdag het vernieuwde stadhuis in Deventer.");
        write("sub/a.txt", "Het museum in Leiden krijgt een nieuwe directeur, meldt het bestuur.");
        write("a.txt", "De provincie investeert tien miljoen euro in nieuwe fietspaden langs de kust.");
        write(".verborgen.txt", "Dit bestand is verborgen en mag niet gelezen worden door de lezer.");
        write(".verborgen-map/c.txt", "Ook dit bestand staat in een verborgen map en wordt overgeslagen.");
        write("foto.png", "geen artikel");
        write("zonder-extensie", "Het waterschap versterkt de dijk bij Kampen voor de winter begint.");

        CollectingSink sink = Fixtures.read(dir.toString());
        assertThat(sink.errors).isEmpty();
        assertThat(sink.documents).extracting(Document::getId).containsExactly("a", "b", "a", "zonder-extensie");
        assertThat(sink.documents).extracting(Document::getSource).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                dir.resolve("sub/a.txt").toString(), dir.resolve("zonder-extensie").toString());
    }

    @Test
    void forcedFormatReadsEveryVisibleFile() throws Exception {
        write("notitie.md", "De raad vergadert maandag opnieuw over de begroting van de gemeente.");
        CollectingSink sink = Fixtures.read(ReaderOptions.defaults().withFormat("text"), dir.toString());
        assertThat(sink.only().getId()).isEqualTo("notitie");
    }

    @Test
    void emptyDirectoryGivesNothing() {
        CollectingSink sink = Fixtures.read(dir.toString());
        assertThat(sink.documents).isEmpty();
        assertThat(sink.errors).isEmpty();
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }
}
