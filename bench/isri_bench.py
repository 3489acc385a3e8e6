#!/usr/bin/python3
# Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
"""NLTK's ISRI Arabic stemmer, for bench/run_morph_bench.sh.

Run with Debian's /usr/bin/python3 (python3-nltk); the first python3 on PATH
may lack nltk.

  isri_bench.py speed WORDS.txt [MAX_WORDS]   words/s over the first
                                              MAX_WORDS lines (default 200000)
  isri_bench.py stem < words.txt > stems.txt  one stem per input line
"""

import sys
import time

from nltk.stem.isri import ISRIStemmer


def speed(path, max_words):
    words = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            words.append(line.rstrip("\n"))
            if len(words) >= max_words:
                break
    stemmer = ISRIStemmer()
    start = time.perf_counter()
    total = 0
    for w in words:
        total += len(stemmer.stem(w))
    seconds = time.perf_counter() - start
    print("BM_IsriStem (NLTK %s, Python %s): %d words in %.2f s: %.0f words/s"
          % (__import__("nltk").__version__, sys.version.split()[0],
             len(words), seconds, len(words) / seconds if seconds else 0))


def stem_lines():
    stemmer = ISRIStemmer()
    for line in sys.stdin:
        word = line.rstrip("\n")
        sys.stdout.write(stemmer.stem(word) + "\n")


def main(argv):
    if len(argv) >= 3 and argv[1] == "speed":
        speed(argv[2], int(argv[3]) if len(argv) > 3 else 200000)
    elif len(argv) == 2 and argv[1] == "stem":
        stem_lines()
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
