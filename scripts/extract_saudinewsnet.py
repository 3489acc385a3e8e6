#!/usr/bin/python3
# Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
"""Writes the benchmark corpus from SaudiNewsNet's JSON files.

usage: scripts/extract_saudinewsnet.py JSON_DIR OUT.txt [OUT.jsonl]

JSON_DIR holds SaudiNewsNet's YYYY-MM-DD.json files (each a JSON array of
{source, url, date_extracted, title, author, content}), as laid out by
../shared/data/unpack.sh. OUT.txt receives the "content" field of every
article, in file-name order and then array order, as UTF-8 text: one article
after another, consecutive articles separated by a line holding only a form
feed ("\\n\\f\\n"), the file ending with "\\n" (format read by bench/corpus.h).
Within an article, form feeds become spaces, "\\r\\n" and "\\r" become "\\n",
and leading and trailing whitespace is dropped; articles left empty are
skipped. The text is otherwise unchanged (no normalization).

OUT.jsonl, if given, receives the same articles as JSONL text records for
the CLI, one per line: {"id": "<json file stem>/<index in array>", "text":
...}, the format of include/khabar/jsonl.h.

SaudiNewsNet is CC BY-NC-SA 4.0 (non-commercial research use): the output is
a local benchmark input, never to be committed.
"""

import glob
import json
import os
import sys


def clean(content):
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\f", " ").strip()


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    json_dir, out_path = argv[1], argv[2]
    jsonl_path = argv[3] if len(argv) == 4 else None
    files = sorted(glob.glob(os.path.join(json_dir, "*.json")))
    if not files:
        sys.stderr.write("extract_saudinewsnet: no *.json in %s\n" % json_dir)
        return 3
    articles = 0
    skipped = 0
    total = 0
    tmp_path = out_path + ".tmp"
    jsonl = None
    if jsonl_path:
        jsonl = open(jsonl_path + ".tmp", "w", encoding="utf-8", newline="")
    with open(tmp_path, "w", encoding="utf-8", newline="") as out:
        for path in files:
            stem = os.path.splitext(os.path.basename(path))[0]
            with open(path, encoding="utf-8") as f:
                records = json.load(f)
            for index, record in enumerate(records):
                text = clean(record.get("content") or "")
                if not text:
                    skipped += 1
                    continue
                if articles:
                    out.write("\n\f\n")
                out.write(text)
                if jsonl:
                    jsonl.write(json.dumps(
                        {"id": "%s/%d" % (stem, index), "text": text},
                        ensure_ascii=False))
                    jsonl.write("\n")
                articles += 1
                total += len(text.encode("utf-8"))
        out.write("\n")
    os.replace(tmp_path, out_path)
    if jsonl:
        jsonl.close()
        os.replace(jsonl_path + ".tmp", jsonl_path)
    sys.stderr.write(
        "extract_saudinewsnet: %d articles (%d empty skipped), %.1f MiB of "
        "text from %d files -> %s\n"
        % (articles, skipped, total / 1048576.0, len(files), out_path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
