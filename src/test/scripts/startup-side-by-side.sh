#!/usr/bin/env bash
# Start-up measured side by side: launches each jar in turn, ROUNDS times, and prints the seconds from launch to
# its first successful GET / (and the CPU seconds the process had used by then), then the median of each jar and
# each jar's median ratio to the first one, taken round by round: on a shared machine the load moves between runs,
# while the jars of one round meet about the same load.
#
#   src/test/scripts/startup-side-by-side.sh 5 petclinic=/tmp/petclinic/target/spring-petclinic-4.0.0-SNAPSHOT.jar \
#       parallax=target/parallax-0.1.0-SNAPSHOT.jar
#
# A value that is not a lone .jar is the java command's arguments, for a jar started as it is deployed:
#   parallax-cds="-XX:SharedArchiveFile=/tmp/app/parallax.jsa -jar /tmp/app/jar/parallax.jar"
#
# Every jar gets SERVER_PORT (default 8093) and the caller's environment (SPRING_DATASOURCE_URL and so on).
set -euo pipefail
rounds=$1; shift
port=${SERVER_PORT:-8093}
results=$(mktemp)

first_get() { # name jar-or-java-arguments round
	local log start pid code end cpu args
	log=$(mktemp --suffix=".$1.log")
	if [[ $2 == *.jar && $2 != *" "* ]]; then args=(-jar "$2"); else read -r -a args <<<"$2"; fi
	start=$(date +%s.%N)
	SERVER_PORT=$port java "${args[@]}" >"$log" 2>&1 &
	pid=$!
	until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port/")" = 200 ]; do
		kill -0 $pid 2>/dev/null || { echo "$1 stopped before answering; see $log" >&2; exit 1; }
		sleep 0.05
	done
	end=$(date +%s.%N)
	cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' /proc/$pid/stat)
	kill $pid; wait $pid 2>/dev/null || true
	printf '%s %s %.2f %s\n' "$3" "$1" "$(echo "$end - $start" | bc)" "$cpu" >>"$results"
	printf 'round %s  %-12s %6.2f s to the first GET /, %5s s CPU  (%s; load %s)\n' "$3" "$1" \
		"$(echo "$end - $start" | bc)" "$cpu" "$(grep -o 'Started .* seconds' "$log" | head -1)" \
		"$(cut -d' ' -f1 /proc/loadavg)"
}

for round in $(seq "$rounds"); do
	for named in "$@"; do
		first_get "${named%%=*}" "${named#*=}" "$round"
	done
done

reference=${1%%=*}
awk -v ref="$reference" '
	function median(list,   n, a, i, j, t) {
		n = split(list, a, " ")
		for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
		return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	{ wall[$1, $2] = $3; cpu[$1, $2] = $4; names[$2] = 1; rounds[$1] = 1 }
	END {
		for (name in names) {
			w = c = rw = rc = ""
			for (r in rounds) {
				w = w " " wall[r, name]; c = c " " cpu[r, name]
				rw = rw " " wall[r, name] / wall[r, ref]; rc = rc " " cpu[r, name] / cpu[r, ref]
			}
			printf "%-12s median %6.2f s to the first GET / (%.2fx %s), CPU %5.1f s (%.2fx)\n", name, median(w),
				median(rw), ref, median(c), median(rc)
		}
	}' "$results"
