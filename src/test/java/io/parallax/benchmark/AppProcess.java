package io.parallax.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application in a JVM of its own, as it runs in production (main classes and dependencies, none of the
 * tests'), so that its start-up, memory and throughput are its own.
 */
final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private final long startedAt;

	private AppProcess(Process process, int port, Path log, long startedAt) {
		this.process = process;
		this.port = port;
		this.log = log;
		this.startedAt = startedAt;
	}

	static AppProcess start(int port, Map<String, String> environment) throws IOException {
		String classpath = Arrays.stream(System.getProperty("surefire.test.class.path",
				System.getProperty("java.class.path")).split(java.io.File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.map(AppProcess::snapshot)
			.collect(Collectors.joining(java.io.File.pathSeparator));
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
		command.addAll(Arrays.asList(System.getProperty("benchmark.jvm", "-Xmx512m").split(" ")));
		command.addAll(List.of("-cp", classpath, "io.parallax.ParallaxApplication"));
		Path log = Files.createTempFile("parallax-benchmark-app", ".log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		long startedAt = System.nanoTime();
		return new AppProcess(builder.start(), port, log, startedAt);
	}

	/** The application's own classes are copied, so that rebuilding them while the benchmark runs changes nothing. */
	private static String snapshot(String entry) {
		Path classes = Path.of(entry);
		if (!Files.isDirectory(classes)) {
			return entry;
		}
		try {
			Path copy = Files.createTempDirectory("parallax-benchmark-classes");
			org.springframework.util.FileSystemUtils.copyRecursively(classes, copy);
			return copy.toString();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Waits until the app answers its health check; returns the seconds from launch. */
	double awaitReady() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the app stopped; see " + log);
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest.newBuilder(url("/actuator/health"))
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return (System.nanoTime() - startedAt) / 1e9;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("the app did not start; see " + log);
	}

	/** What Spring Boot logs as its own start-up time ("Started ParallaxApplication in N seconds"). */
	String startedLine() throws IOException {
		return Files.readAllLines(log).stream().filter(l -> l.contains("Started ParallaxApplication")).findFirst()
			.map(l -> l.substring(l.indexOf("Started ParallaxApplication")))
			.orElse("(no start-up line)");
	}

	/** Resident memory of the app's JVM, from /proc. */
	long residentKilobytes() throws IOException {
		return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
			.filter(l -> l.startsWith("VmRSS:"))
			.mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
			.findFirst()
			.orElse(0);
	}

	URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	Path log() {
		return log;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

}
