#!/usr/bin/env bash
# Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
#
# The whole text-core benchmark, from the raw corpus to the figures of
# docs/BENCHMARKS.md:
#   1. prints the machine (CPU model, cores, compiler, load);
#   2. unpacks SaudiNewsNet with ../shared/data/unpack.sh (once) and writes
#      the corpus text (and a JSONL copy) with scripts/extract_saudinewsnet.py;
#   3. configures and builds Release in build-bench (if needed);
#   4. runs build-bench/bench/khabar_text_benchmark over the corpus (Google
#      Benchmark: MB/s per stage next to the whitespace-split floor);
#   5. times whole-process runs of the CLI (`khabar <command> FILE >
#      /dev/null`) with /usr/bin/time -v: wall time, MB/s, max RSS.
#
# usage: bench/run_text_bench.sh [BENCHMARK ARGS...]
#   e.g. bench/run_text_bench.sh --benchmark_filter=Tokenize
# environment:
#   KHABAR_DATA       the shared data directory (default: <repo>/../shared/data)
#   KHABAR_DATA_DEST  where to unpack it (default: ${TMPDIR:-/tmp}/khabar-data)
#   KHABAR_BUILD_DIR  build directory (default: <repo>/build-bench)
#   KHABAR_BENCH_MIN_TIME  Google Benchmark min time in s (default: 0.5)
#   KHABAR_BENCH_MAX_MB    benchmark binary only: about N MiB of articles, an
#                          evenly spaced sample
#   KHABAR_SKIP_CLI=1      skip step 5
# Results are also written to <build dir>/bench-results/ (JSON + log).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data=${KHABAR_DATA:-$root/../shared/data}
dest=${KHABAR_DATA_DEST:-${TMPDIR:-/tmp}/khabar-data}
build=${KHABAR_BUILD_DIR:-$root/build-bench}
min_time=${KHABAR_BENCH_MIN_TIME:-0.5}
python=/usr/bin/python3
results=$build/bench-results

say() { printf '\n== %s\n' "$*"; }

say "machine"
echo "cpu:      $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
echo "cores:    $(nproc)"
echo "compiler: $(g++ --version | head -1)"
echo "kernel:   $(uname -sr)"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
echo "date:     $(date -u +%Y-%m-%dT%H:%M:%SZ)"
if git -C "$root" rev-parse --verify -q HEAD >/dev/null 2>&1; then
  echo "commit:   $(git -C "$root" rev-parse --short HEAD)$(
    git -C "$root" diff --quiet HEAD -- 2>/dev/null || echo ' (dirty)')"
fi

say "corpus"
json_dir=$dest/news-raw-saudinewsnet/json
if ! compgen -G "$json_dir/*.json" >/dev/null; then
  if [[ ! -x $data/unpack.sh ]]; then
    echo "run_text_bench: no $data/unpack.sh (set KHABAR_DATA)" >&2
    exit 3
  fi
  "$data/unpack.sh" "$dest" >/dev/null
fi
corpus=$dest/saudinewsnet.txt
corpus_jsonl=$dest/saudinewsnet.jsonl
if [[ ! -s $corpus || ! -s $corpus_jsonl ||
      $root/scripts/extract_saudinewsnet.py -nt $corpus ]]; then
  "$python" "$root/scripts/extract_saudinewsnet.py" "$json_dir" "$corpus" \
    "$corpus_jsonl"
fi
# The CLI reads plain text as one stream: give it the articles separated by
# blank lines instead of form-feed lines.
corpus_plain=$dest/saudinewsnet.plain.txt
if [[ ! -s $corpus_plain || $corpus -nt $corpus_plain ]]; then
  tr '\f' '\n' <"$corpus" >"$corpus_plain"
fi
corpus_bytes=$(stat -c %s "$corpus")
echo "text:  $corpus ($corpus_bytes bytes)"
echo "jsonl: $corpus_jsonl ($(stat -c %s "$corpus_jsonl") bytes)"

say "build ($build, Release)"
if [[ ! -f $build/CMakeCache.txt ]] ||
   ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt"; then
  cmake -S "$root" -B "$build" -DKHABAR_DEVELOPER_MODE=ON \
    -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j2 --target khabar_text_benchmark khabar_clean_benchmark
# The CLI target, if this tree has one (it builds build/tools/khabar).
cli_target=$(cmake --build "$build" --target help 2>/dev/null |
  sed -n 's/^\.\.\. \(khabar_cli\|khabar_tool\|khabar-cli\)$/\1/p' | head -1)
if [[ -n $cli_target ]]; then
  cmake --build "$build" -j2 --target "$cli_target"
fi
mkdir -p "$results"

say "khabar_text_benchmark (single thread unless threads:N; MB/s of input)"
KHABAR_BENCH_CORPUS=$corpus "$build/bench/khabar_text_benchmark" \
  --benchmark_min_time="$min_time" --benchmark_color=false \
  --benchmark_counters_tabular=false \
  --benchmark_out="$results/text_benchmark.json" \
  --benchmark_out_format=json "$@" | tee "$results/text_benchmark.txt"

say "summary (MB/s with 1 MB = 10^6 bytes; Google Benchmark prints M = 2^20)"
"$python" - "$results/text_benchmark.json" <<'EOF'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
rate = {}
for r in runs:
    if r.get("run_type") == "aggregate" or "bytes_per_second" not in r:
        continue
    rate[r["name"]] = r["bytes_per_second"] / 1e6
print("%-46s %9s %14s" % ("benchmark", "MB/s", "floor/stage"))
for suffix in ["/articles", "/piece:1024", "/piece:65536",
               "/piece:1048576"]:
    floor = rate.get("BM_WhitespaceSplit" + suffix)
    for stage in ["BM_WhitespaceSplit", "BM_ValidateUtf8",
                  "BM_NormalizeDisplay",
                  "BM_NormalizeSearch", "BM_Tokenize", "BM_SplitSentences"]:
        value = rate.get(stage + suffix)
        if value is None:
            continue
        ratio = "%13.1fx" % (floor / value) if floor else ""
        print("%-46s %9.1f %s" % (stage + suffix, value, ratio))
# Thread sweep: the rate is over wall time (all threads together). When
# other processes share the cores, wall time says little; "per cpu-s" is
# bytes per CPU-second of the analyzing threads, which stays flat as long
# as threads do not slow one another (ideal aggregate: threads x per cpu-s).
for r in runs:
    name = r["name"]
    if name.startswith("BM_TextAnalyzer") and "bytes_per_second" in r:
        per_cpu = r["bytes_per_second"] / 1e6 * r["real_time"] / r["cpu_time"]
        print("%-46s %9.1f %14s" % (name, rate[name],
                                    "(per cpu-s: %.1f)" % per_cpu))
EOF

say "khabar_clean_benchmark (single thread; items = articles or pages)"
html_dir=$dest/html-extraction-dev/pages
if ! compgen -G "$html_dir/*.html" >/dev/null; then
  "$data/unpack.sh" "$dest" >/dev/null
fi
KHABAR_BENCH_CORPUS=$corpus KHABAR_BENCH_HTML_DIR=$html_dir \
  "$build/bench/khabar_clean_benchmark" \
  --benchmark_min_time="$min_time" --benchmark_color=false \
  --benchmark_counters_tabular=false \
  --benchmark_out="$results/clean_benchmark.json" \
  --benchmark_out_format=json | tee "$results/clean_benchmark.txt"

if [[ ${KHABAR_SKIP_CLI:-0} == 1 ]]; then
  exit 0
fi
say "whole process: khabar CLI, output to /dev/null (/usr/bin/time -v)"
cli=$build/tools/khabar
if [[ ! -x $cli ]]; then
  echo "CLI not built ($cli): whole-process figures pending"
  exit 0
fi
# time_run LABEL INPUT ARGS...: one run, one line of figures. MB/s are input
# bytes over wall time and over CPU time (user + sys, steadier when other
# processes share the cores); "out" is the JSONL written, measured by a
# second, untimed run (KHABAR_CLI_OUTPUT_SIZE=0 skips it).
time_run() {
  local label=$1 input=$2
  shift 2
  local log=$results/time-${label// /_}.log bytes out_bytes=- rc=0
  bytes=$(du -sb "$input" | cut -f1)
  /usr/bin/time -v -o "$log" "$cli" "$@" "$input" >/dev/null \
    2>"$log.stderr" || rc=$?
  if [[ ${KHABAR_CLI_OUTPUT_SIZE:-1} == 1 ]]; then
    out_bytes=$("$cli" "$@" "$input" 2>/dev/null | wc -c)
  fi
  "$python" - "$label" "$bytes" "$log" "$rc" "$out_bytes" <<'EOF'
import sys
label, size, log, rc, out_bytes = sys.argv[1:]
fields = {}
for line in open(log):
    key, _, value = line.strip().rpartition(": ")
    fields[key] = value
seconds = 0.0
for part in fields.get("Elapsed (wall clock) time (h:mm:ss or m:ss)",
                       "0").split(":"):
    seconds = seconds * 60 + float(part)
cpu = float(fields.get("User time (seconds)", 0)) + float(
    fields.get("System time (seconds)", 0))
rss = int(fields.get("Maximum resident set size (kbytes)", 0)) / 1024.0
mb = int(size) / 1e6
out = "%7.0f MB" % (int(out_bytes) / 1e6) if out_bytes != "-" else "      -"
status = "" if rc == "0" else "  (exit %s)" % rc
print("%-30s %6.2f %6.2f %8.1f %8.1f %8.1f %s%s"
      % (label, seconds, cpu, mb / seconds if seconds else 0,
         mb / cpu if cpu else 0, rss, out, status))
EOF
}
echo "input: $(stat -c %s "$corpus_plain") bytes (text)," \
  "$(stat -c %s "$corpus_jsonl") bytes (jsonl)"
printf '%-30s %6s %6s %8s %8s %8s %10s\n' command "wall s" "cpu s" \
  "MB/s" "MB/s cpu" "RSS MiB" "out"
time_run "normalize text" "$corpus_plain" normalize --quiet
time_run "normalize --level search text" "$corpus_plain" normalize \
  --level search --quiet
time_run "tokenize text" "$corpus_plain" tokenize --quiet
time_run "tokenize --no-text text" "$corpus_plain" tokenize --no-text --quiet
time_run "sentences text" "$corpus_plain" sentences --quiet
time_run "analyze text" "$corpus_plain" analyze --quiet
time_run "tokenize jsonl" "$corpus_jsonl" tokenize --format jsonl --quiet
time_run "analyze jsonl" "$corpus_jsonl" analyze --format jsonl --quiet
time_run "clean json (SaudiNewsNet)" "$json_dir" clean --quiet
echo "(logs: $results/time-*.log; a non-zero exit means the flags above" \
  "do not match the CLI: see the .stderr files)"
