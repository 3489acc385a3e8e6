#!/usr/bin/env bash
# Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
#
# The stemming benchmark, from the raw corpus to the figures of
# docs/BENCHMARKS.md ("Stemming") and docs/ACCURACY.md ("Light stemming and
# roots"):
#   1. prints the machine;
#   2. builds the SaudiNewsNet corpus text as bench/run_text_bench.sh does;
#   3. builds khabar_morph_benchmark and the CLI (if the build directory has
#      no cache yet it is configured Release);
#   4. runs khabar_morph_benchmark (khabar light stem, host stem, root,
#      Snowball, the floor; words/s) over the corpus's whitespace words;
#   5. times NLTK's ISRI stemmer (bench/isri_bench.py) over the first
#      KHABAR_ISRI_WORDS of the same word list;
#   6. scores Snowball and ISRI on the Benzahia gold (and ISRI/Snowball on
#      the OpenITI roots) with `khabar eval stem --extra`, next to khabar and
#      light10, in one table.
#
# usage: bench/run_morph_bench.sh [BENCHMARK ARGS...]
# environment:
#   KHABAR_DATA        shared data directory (default <repo>/../shared/data)
#   KHABAR_DATA_DEST   where it is unpacked (default ${TMPDIR:-/tmp}/khabar-data)
#   KHABAR_BUILD_DIR   build directory (default <repo>/build-bench)
#   KHABAR_BUILD_JOBS  parallel build jobs (default 1)
#   KHABAR_BENCH_MIN_TIME  Google Benchmark min time in s (default 0.5)
#   KHABAR_BENCH_MAX_MB    about N MiB of articles, an evenly spaced sample (default 20)
#   KHABAR_ISRI_WORDS      words for the ISRI timing (default 200000)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data=${KHABAR_DATA:-$root/../shared/data}
dest=${KHABAR_DATA_DEST:-${TMPDIR:-/tmp}/khabar-data}
build=${KHABAR_BUILD_DIR:-$root/build-bench}
jobs=${KHABAR_BUILD_JOBS:-1}
min_time=${KHABAR_BENCH_MIN_TIME:-0.5}
export KHABAR_BENCH_MAX_MB=${KHABAR_BENCH_MAX_MB:-20}
isri_words=${KHABAR_ISRI_WORDS:-200000}
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
    echo "run_morph_bench: no $data/unpack.sh (set KHABAR_DATA)" >&2
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
echo "text: $corpus ($(stat -c %s "$corpus") bytes; first" \
  "$KHABAR_BENCH_MAX_MB MiB of articles used)"

if [[ -f $build/CMakeCache.txt ]]; then
  build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")
else
  build_type=Release
  cmake -S "$root" -B "$build" -DKHABAR_DEVELOPER_MODE=ON \
    -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
say "build ($build, $build_type)"
cmake --build "$build" -j"$jobs" --target khabar_morph_benchmark khabar_cli
mkdir -p "$results"
bench=$build/bench/khabar_morph_benchmark
cli=$build/tools/khabar

say "word list"
words=$results/morph_words.txt
KHABAR_BENCH_CORPUS=$corpus "$bench" --dump-words "$words"

say "khabar_morph_benchmark (single thread; items/s = words/s)"
KHABAR_BENCH_CORPUS=$corpus "$bench" \
  --benchmark_min_time="$min_time" --benchmark_color=false \
  --benchmark_counters_tabular=false \
  --benchmark_out="$results/morph_benchmark.json" \
  --benchmark_out_format=json "$@" | tee "$results/morph_benchmark.txt"

say "NLTK ISRI (same word list, first $isri_words words)"
"$python" "$root/bench/isri_bench.py" speed "$words" "$isri_words" |
  tee "$results/isri_speed.txt"

say "summary (words/s, millions)"
"$python" - "$results/morph_benchmark.json" "$results/isri_speed.txt" <<'PY'
import json, re, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
print("%-28s %12s" % ("benchmark", "Mwords/s"))
for r in runs:
    if "items_per_second" in r:
        print("%-28s %12.2f" % (r["name"], r["items_per_second"] / 1e6))
m = re.search(r"([0-9.]+) words/s", open(sys.argv[2]).read())
if m:
    print("%-28s %12.3f" % ("BM_IsriStem (python)", float(m.group(1)) / 1e6))
PY

say "accuracy on the gold sets (khabar eval stem)"
benzahia=$data/stemming-golden-corpus-benzahia
openiti=$data/roots-gold-openiti
lucene=$data/lucene-arabic-analyzer-tests/stem.tsv
oi_words=$results/openiti_words.txt
"$python" - "$openiti" >"$oi_words" <<'PY'
import glob, os, sys
# The order `khabar eval stem` reads: gs/*.csv sorted, rows with a root.
for path in sorted(glob.glob(os.path.join(sys.argv[1], "gs", "*.csv"))):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")[1:]
    for line in lines:
        line = line.rstrip("\r")
        if not line or "," not in line:
            continue
        word, root = line.split(",", 1)
        if root != "#":
            print(word)
PY
"$bench" --snowball-stem <"$benzahia/words.txt" >"$results/snowball.benzahia.txt"
"$bench" --snowball-stem <"$oi_words" >"$results/snowball.openiti.txt"
"$python" "$root/bench/isri_bench.py" stem <"$benzahia/words.txt" \
  >"$results/isri.benzahia.txt"
"$python" "$root/bench/isri_bench.py" stem <"$oi_words" \
  >"$results/isri.openiti.txt"
"$cli" eval stem --benzahia "$benzahia" --lucene "$lucene" \
  --roots-openiti "$openiti" \
  --extra "snowball=$results/snowball.benzahia.txt,$results/snowball.openiti.txt" \
  --extra "isri=$results/isri.benzahia.txt,$results/isri.openiti.txt" \
  --table | tee "$results/stem_accuracy.md"
