package org.kroniek.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kroniek.store.StoreAddress;
import org.kroniek.store.StoreException;
import org.kroniek.store.StoreLocation;

class PostgresUrlTest {
    @Test
    void urlsInBothSpellingsGiveTheJdbcUrlUserAndPassword() {
        PostgresUrl plain = PostgresUrl.parse("postgresql://anna@db.example:6543/news", Map.of("PGPASSWORD", "s3cret"));
        assertThat(plain.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/news");
        assertThat(plain.user()).isEqualTo("anna");
        assertThat(plain.password()).isEqualTo("s3cret");
        PostgresUrl jdbc = PostgresUrl.parse("jdbc:postgresql://bob:p%40ss@localhost/kroniek?sslmode=disable", Map.of());
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/kroniek?sslmode=disable");
        assertThat(jdbc.password()).as("the URL's password wins and is decoded").isEqualTo("p@ss");
        assertThat(jdbc.display()).doesNotContain("p@ss").isEqualTo("postgresql://bob@localhost:5432/kroniek");
    }

    @Test
    void badUrlsAreClearErrorsWithoutThePassword() {
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://u:topsecret@host", Map.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("is not a PostgreSQL URL")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> PostgresUrl.parse("postgresql://u@host:99999/db", Map.of()))
                .isInstanceOf(StoreException.class).hasMessageContaining("port");
    }

    @Test
    void theStoreOptionIsADirectoryOrAUrlAndTheEnvironmentAndDefaultStillWork() {
        assertThat(StoreLocation.resolveAddress("postgresql://u@h/db", Map.of()).isPostgres()).isTrue();
        assertThat(StoreLocation.resolveAddress("data/store", Map.of()).path()).isEqualTo(Path.of("data/store"));
        assertThat(StoreLocation.resolveAddress(null, Map.of("KRONIEK_STORE", "jdbc:postgresql://h/db")).isPostgres())
                .isTrue();
        assertThat(StoreLocation.resolveAddress(null, Map.of())).isEqualTo(StoreAddress.directory(Path.of("kroniek-data")));
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://u@h/db", Map.of()).path())
                .isInstanceOf(StoreException.class).hasMessageContaining("is a PostgreSQL database");
    }
}
