#!/usr/bin/env bash
# Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
#
# A/B timing of the whole chain between two commits, for a machine whose
# speed drifts (the VM of docs/BENCHMARKS.md ran one binary +-10 % apart
# between runs): single figures mislead there, alternated rounds do not.
#   1. builds each commit's khabar_clean_benchmark and CLI (Release) in a
#      git worktree of its own under KHABAR_AB_DIR (kept for the next run);
#   2. runs ROUNDS rounds; each round runs, for each commit in turn and
#      each in a process of its own, BM_CleanThenEntities and
#      BM_CleanToSummary (articles/s over the KHABAR_BENCH_MAX_MB sample)
#      and `khabar entities` over the first KHABAR_AB_ARTICLES JSONL
#      articles (user seconds, max RSS);
#   3. prints min, median and max of each measure per commit.
#
# usage: bench/ab_chain.sh OLD_REV NEW_REV [ROUNDS]   (default 5 rounds)
# environment:
#   KHABAR_DATA_DEST    where bench/run_text_bench.sh wrote the corpus
#                       (saudinewsnet.txt and .jsonl; default
#                       ${TMPDIR:-/tmp}/khabar-data)
#   KHABAR_AB_DIR       worktrees and builds (default ${TMPDIR:-/tmp}/khabar-ab;
#                       remove with `git worktree remove DIR`)
#   KHABAR_BENCH_MAX_MB sample of the benchmark binary (default 5)
#   KHABAR_AB_ARTICLES  articles for `khabar entities` (default 6000)
#   KHABAR_BUILD_JOBS   parallel build jobs (default 2)
set -euo pipefail

if [[ $# -lt 2 ]]; then
  sed -n '3,25p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${3:-5}
dest=${KHABAR_DATA_DEST:-${TMPDIR:-/tmp}/khabar-data}
ab=${KHABAR_AB_DIR:-${TMPDIR:-/tmp}/khabar-ab}
max_mb=${KHABAR_BENCH_MAX_MB:-5}
articles=${KHABAR_AB_ARTICLES:-6000}
jobs=${KHABAR_BUILD_JOBS:-2}
corpus=$dest/saudinewsnet.txt
for f in "$corpus" "$dest/saudinewsnet.jsonl"; do
  if [[ ! -s $f ]]; then
    echo "ab_chain: no $f (run bench/run_text_bench.sh once)" >&2
    exit 3
  fi
done
mkdir -p "$ab"
sample=$ab/articles-$articles.jsonl
head -n "$articles" "$dest/saudinewsnet.jsonl" >"$sample"

revs=()
for rev in "$1" "$2"; do
  sha=$(git -C "$root" rev-parse --short "$rev^{commit}")
  tree=$ab/$sha
  if [[ ! -d $tree ]]; then
    git -C "$root" worktree add --detach "$tree" "$sha" >/dev/null
  fi
  if [[ ! -f $tree/build/CMakeCache.txt ]]; then
    cmake -S "$tree" -B "$tree/build" -DCMAKE_BUILD_TYPE=Release \
      -DKHABAR_BUILD_BENCHMARKS=ON -DKHABAR_BUILD_TESTS=OFF >/dev/null
  fi
  echo "building $sha ($rev)" >&2
  cmake --build "$tree/build" -j "$jobs" \
    --target khabar_clean_benchmark khabar_cli >/dev/null
  revs+=("$sha")
done

echo "machine: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)," \
  "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
results=$ab/results-${revs[0]}-${revs[1]}.txt
: >"$results"
for ((r = 1; r <= rounds; ++r)); do
  for sha in "${revs[@]}"; do
    build=$ab/$sha/build
    for b in CleanThenEntities CleanToSummary; do
      rate=$(KHABAR_BENCH_MAX_MB=$max_mb KHABAR_BENCH_CORPUS=$corpus \
        "$build/bench/khabar_clean_benchmark" --benchmark_filter="^BM_$b\$" \
        2>/dev/null | sed -n 's/.*items_per_second=\([0-9.]*\).*/\1/p')
      echo "$sha BM_$b ${rate:-failed}" >>"$results"
    done
    /usr/bin/time -o "$ab/time.txt" -f '%U %M' "$build/tools/khabar" \
      entities "$sample" >/dev/null 2>&1
    usage=$(tail -1 "$ab/time.txt")
    echo "$sha entities_user_s ${usage% *}" >>"$results"
    echo "$sha entities_max_rss_kb ${usage#* }" >>"$results"
  done
  echo "round $r of $rounds done" >&2
done

echo "commit measure min median max (of $rounds rounds; articles/s, user s" \
  "for $articles articles, KB)"
for sha in "${revs[@]}"; do
  for m in BM_CleanThenEntities BM_CleanToSummary entities_user_s \
    entities_max_rss_kb; do
    awk -v s="$sha" -v m="$m" '$1 == s && $2 == m { print $3 }' "$results" |
      sort -g | awk -v s="$sha" -v m="$m" '
        { v[NR] = $1 }
        END {
          if (NR == 0) { print s, m, "none"; exit }
          med = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
          print s, m, v[1], med, v[NR]
        }'
  done
done
