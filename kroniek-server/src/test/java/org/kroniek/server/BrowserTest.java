package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Debian Chromium (packages chromium and chromium-driver; .ci/run installs them). Skips
 * with a message when they are absent. Screenshots go to target/screenshots/.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String XSS = "{\"id\":\"xss\",\"date\":\"2024-05-01\",\"title\":\"<img src=x onerror=\\\"window.__xss=1\\\">\","
            + "\"text\":\"Een lezer stuurde <script>window.__xss=2</script> en <img src=x onerror=\\\"window.__xss=3\\\"> naar"
            + " de redactie in Utrecht. Dat gebeurde op maandag.\"}";

    @TempDir
    static Path temp;
    static TestServer http;
    static WebDriver browser;
    static boolean seeds;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: install the Debian packages chromium and chromium-driver"
                        + " (apt-get install -y chromium chromium-driver; .ci/run does this in CI)");
        http = new TestServer(temp.resolve("store"), ServerConfig.DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(30));
        assertThat(http.post("/api/documents", "application/json", XSS).statusCode()).isEqualTo(201);
        Path seedDir = Path.of(System.getProperty("kroniek.shared", "../../shared")).resolve("seeds");
        seeds = Files.isDirectory(seedDir);
        if (seeds) {
            try (Stream<Path> files = Files.list(seedDir)) {
                for (Path file : files.sorted().toList()) {
                    assertThat(http.post("/api/documents?id=" + file.getFileName().toString().replace(".txt", ""),
                            "text/plain; charset=utf-8", Files.readString(file)).statusCode()).isIn(200, 201);
                }
            }
        } else {
            System.err.println("BrowserTest: " + seedDir + " is absent; the seed search is skipped");
        }
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(temp, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (http != null) {
            http.close();
        }
    }

    @Test
    void searchAstanaOpenTheArticleAndSeeItsAnnotations() {
        assumeTrue(seeds, "seed search skipped: ../shared/seeds is absent");
        browser.get(http.base() + "/");
        WebElement input = waitFor(By.id("search-input"));
        input.sendKeys("Astana");
        browser.findElement(By.id("search-button")).click();
        waitFor(By.cssSelector(".hit-link")).click();
        waitFor(By.id("article-text"));
        assertThat(browser.findElements(By.cssSelector("#article-text .ann-entity, #article-text .ann-actor"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#article-text .ann-timex"))).isNotEmpty();
        assertThat(browser.findElement(By.id("article-text")).getText()).contains("Astana");
        WebElement timex = browser.findElement(By.cssSelector("#article-text .ann-timex"));
        assertThat(timex.getDomAttribute("data-info")).containsPattern("\\d{4}|\\?");
        screenshot("article-astana");
    }

    @Test
    void documentTextCannotRunCodeInThePage() {
        long seq = seqOf("xss");
        browser.get(http.base() + "/#/documents/" + seq);
        waitFor(By.id("article-text"));
        assertThat(browser.findElement(By.id("article-text")).getText()).contains("<script>window.__xss=2</script>")
                .contains("onerror=");
        assertThat(browser.findElement(By.id("article-title")).getText()).startsWith("<img");
        browser.get(http.base() + "/#/search?q=redactie");
        waitFor(By.cssSelector(".hit-link"));
        Object flag = ((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;");
        assertThat(flag).as("injected code ran").isNull();
        assertThat(browser.findElements(By.cssSelector("#main script, #main img"))).isEmpty();
        screenshot("xss-safe");
    }

    @Test
    void storyTimelineLeadsToTheReportingSentence() throws Exception {
        JsonNode stories = ApiTest.json(http.get("/api/stories?limit=100"));
        assumeTrue(stories.get("total").asLong() > 0, "story timeline skipped: the store has no stories yet"
                + " (story clustering and the events stage are not in this build)");
        JsonNode events = null;
        long story = -1;
        for (JsonNode s : stories.get("items")) {
            JsonNode timeline = ApiTest.json(http.get("/api/stories/" + s.get("id").asLong() + "/timeline"));
            if (timeline.get("events").toString().contains("Astana")
                    || timeline.get("sources").toString().contains("Astana")) {
                story = s.get("id").asLong();
                events = timeline.get("events");
            }
        }
        assumeTrue(story > 0 && events.size() > 0, "story timeline skipped: no story with events about Astana yet");
        browser.get(http.base() + "/#/stories/" + story);
        waitFor(By.id("timeline-chart"));
        String listed = browser.findElement(By.id("timeline-events")).getText();
        assertThat(listed).containsIgnoringCase("Astana");
        assertThat(listed).containsPattern("(?i)Aleppo|SEIZE");
        screenshot("story-timeline");
        List<WebElement> links = browser.findElements(By.cssSelector("#timeline-events .event-link"));
        links.get(0).click();
        WebElement focused = waitFor(By.cssSelector("#article-text .sentence.focus"));
        assertThat(focused.getText()).isNotBlank();
        screenshot("event-sentence");
    }

    private static long seqOf(String id) {
        try {
            return ApiTest.json(http.get("/api/documents/by-id/" + id)).get("seq").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
