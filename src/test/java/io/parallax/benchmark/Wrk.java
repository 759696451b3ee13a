package io.parallax.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives one address with wrk (the HTTP load generator, Debian package {@code wrk}) and reads its report.
 */
final class Wrk {

	record Result(double requestsPerSecond, double p50Millis, double p99Millis, long errors) {
	}

	private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private static final Pattern SOCKET_ERRORS = Pattern.compile(
			"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	private Wrk() {
	}

	static Result run(URI url, int connections, int seconds) throws IOException, InterruptedException {
		Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
				"--timeout", "10s", "-H", "Accept-Encoding: gzip", url.toString())
			.redirectErrorStream(true)
			.start();
		String report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (wrk.waitFor() != 0) {
			throw new IllegalStateException("wrk failed (apt-get install wrk): " + report);
		}
		return new Result(number(RATE, report), latency("50%", report), latency("99%", report), errors(report));
	}

	private static long errors(String report) {
		long errors = 0;
		Matcher non2xx = NON_2XX.matcher(report);
		if (non2xx.find()) {
			errors += Long.parseLong(non2xx.group(1));
		}
		Matcher socket = SOCKET_ERRORS.matcher(report);
		if (socket.find()) {
			for (int g = 1; g <= 4; g++) {
				errors += Long.parseLong(socket.group(g));
			}
		}
		return errors;
	}

	private static double latency(String percentile, String report) {
		Matcher m = Pattern.compile("\\s" + percentile + "\\s+([\\d.]+)(us|ms|s)").matcher(report);
		if (!m.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(m.group(1));
		return switch (m.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	private static double number(Pattern pattern, String report) {
		Matcher m = pattern.matcher(report);
		return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
	}

	static List<String> version() throws IOException, InterruptedException {
		Process wrk = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
		String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		wrk.waitFor();
		return out.lines().limit(1).toList();
	}

}
