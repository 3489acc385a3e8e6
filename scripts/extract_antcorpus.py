#!/usr/bin/python3
# Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
"""Writes the ANT corpus's articles as plain news text, for `khabar train`.

usage: scripts/extract_antcorpus.py KHABAR ANT_DIR OUT.txt

KHABAR is the khabar binary (build/tools/khabar); ANT_DIR holds the ANT
corpus's <category>/JA-*.txt files (TREC-style <DOC> elements), as laid out
by ../shared/data/unpack.sh. The articles are cleaned by `khabar clean
--format trec` (files in sorted path order) and written as UTF-8 text: each
article's title, then each body paragraph, every one followed by a blank
line. Records that fail to clean are counted on stderr and left out.

The ANT corpus is Apache 2.0, with its authors' request to cite them
(Chouigui, Ben Khiroun and Elayeb, AICCSA 2017); the output is a local
training input, not committed.
"""

import json
import subprocess
import sys


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    khabar, ant_dir, out_path = argv[1:]
    proc = subprocess.Popen(
        [khabar, "clean", "--format", "trec", "-q", ant_dir],
        stdout=subprocess.PIPE)
    articles = failed = 0
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        for line in proc.stdout:
            record = json.loads(line)
            if "body" not in record:
                failed += 1
                continue
            articles += 1
            if record.get("title"):
                out.write(record["title"]["text"] + "\n\n")
            for paragraph in record["body"]:
                out.write(paragraph["text"] + "\n\n")
    if proc.wait() != 0 and articles == 0:
        sys.stderr.write("khabar clean failed\n")
        return 1
    sys.stderr.write(f"{articles} articles, {failed} left out\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
