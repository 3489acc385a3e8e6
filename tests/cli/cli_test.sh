#!/bin/bash
# End-to-end tests of the khabar binary, one case per run:
#   cli_test.sh KHABAR_BINARY SOURCE_DIR CASE
# Each case exits 0 on success and 1 with a "FAIL [case]: ..." line on
# failure. Temporary files live under $TMPDIR. Needs /usr/bin/python3.
set -u

KHABAR=$1
SRC=$2
CASE=$3
PY=/usr/bin/python3
WORK=$(mktemp -d "${TMPDIR:-/tmp}/khabar-cli-test.XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
OUT=$WORK/out
ERR=$WORK/err
RC=0

fail() {
  echo "FAIL [$CASE]: $*" >&2
  if [[ -s $ERR ]]; then
    echo "--- stderr of the last run:" >&2
    head -c 2000 "$ERR" >&2
  fi
  exit 1
}

# run ARGS...: runs khabar, keeping stdout, stderr and the exit code.
run() {
  "$KHABAR" "$@" >"$OUT" 2>"$ERR"
  RC=$?
}

expect_rc() {
  [[ $RC == "$1" ]] || fail "expected exit code $1, got $RC (${2:-})"
}

# The error report is exactly one stderr line "khabar: ...".
expect_one_error_line() {
  local lines
  lines=$(wc -l <"$ERR")
  [[ $lines == 1 ]] || fail "expected one stderr line, got $lines"
  grep -q '^khabar: ' "$ERR" || fail "stderr does not start with 'khabar: '"
  if [[ $# -gt 0 ]]; then
    grep -qF -- "$1" "$ERR" || fail "stderr lacks '$1'"
  fi
}

expect_out_contains() {
  grep -qF -- "$1" "$OUT" || fail "stdout lacks '$1'"
}

# py SCRIPT ARGS...: runs a python check; its failure fails the case.
py() {
  local script=$1
  shift
  "$PY" -c "$script" "$@" || fail "python check failed"
}

# expect_entities INPUT TYPE TEXT [TYPE TEXT ...]: the last entities
# output ($OUT) has an entity of each TYPE whose first mention is TEXT (a
# JSON string body: \uXXXX escapes) in INPUT.
expect_entities() {
  local input=$1
  shift
  py '
import json, sys
raw = open(sys.argv[1], "rb").read()
ents = json.loads(open(sys.argv[2]).read())["entities"]
got = {(e["type"], raw[e["mentions"][0]["begin"]:e["mentions"][0]["end"]].decode()) for e in ents}
args = sys.argv[3:]
for t, text in zip(args[::2], args[1::2]):
    want = (t, json.loads("\"" + text + "\""))
    assert want in got, (want, got)
' "$input" "$OUT" "$@"
}

# Checks that stdout is JSONL: valid UTF-8, one object per line; prints
# nothing. Optional argument: the expected number of lines.
PY_JSONL='
import json, sys
data = open(sys.argv[1], "rb").read()
text = data.decode("utf-8")  # strict: the output must be valid UTF-8
lines = text.split("\n")
assert lines[-1] == "", "output does not end with a newline"
lines = lines[:-1]
for n, line in enumerate(lines, 1):
    obj = json.loads(line)
    assert isinstance(obj, dict), "line %d is not an object" % n
    assert "id" in obj, "line %d has no id" % n
if len(sys.argv) > 2:
    assert len(lines) == int(sys.argv[2]), "%d lines, expected %s" % (len(lines), sys.argv[2])
'

expect_jsonl() {
  if [[ ! -s $OUT && ${1:-} == 0 ]]; then return; fi
  py "$PY_JSONL" "$OUT" "$@"
}

# Checks the spans of every output record against the input file: tokens
# and sentences slice it to their text, in order, without overlap; sentence
# token ranges agree with the tokens (when written); blocks are numbered in
# order.
PY_SPANS='
import json, sys
raw = open(sys.argv[1], "rb").read()
records = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert records, "no records"
def sl(b, e):
    assert 0 <= b <= e <= len(raw), "span %d..%d outside input of %d" % (b, e, len(raw))
    return raw[b:e].decode("utf-8", "replace")
prev_end = 0
for k, r in enumerate(records):
    if len(records) > 1:
        assert r.get("block") == k, "block %r, expected %d" % (r.get("block"), k)
    else:
        assert "block" not in r
    toks = r.get("tokens", [])
    for t in toks:
        assert t["b"] < t["e"], t
        assert t["b"] >= prev_end, "token %r overlaps or goes back" % t
        prev_end = t["e"]
        if "text" in t:
            assert sl(t["b"], t["e"]) == t["text"], (t, sl(t["b"], t["e"]))
        assert isinstance(t["type"], str) and t["type"], t
    for s in r.get("sentences", []):
        if "text" in s:
            assert sl(s["b"], s["e"]) == s["text"], s
        first, end = s["tokens"]
        assert first < end, s
        if toks:
            assert end <= len(toks), s
            assert toks[first]["b"] == s["b"] and toks[end - 1]["e"] == s["e"], s
'

write_sample() {
  # Arabic words (written with printf escapes to keep this file ASCII).
  local w1 w2 w3 w4
  w1=$(printf '\xd9\x82\xd8\xa7\xd9\x84')                       # qal
  w2=$(printf '\xd8\xa7\xd9\x84\xd8\xb1\xd8\xa6\xd9\x8a\xd8\xb3') # al-rais
  w3=$(printf '\xd8\xa7\xd9\x84\xd8\xad\xd9\x83\xd9\x88\xd9\x85\xd8\xa9')
  w4=$(printf '\xd9\xa2\xd9\xa0\xd9\xa2\xd9\xa6')              # 2026 (Indic)
  {
    for i in $(seq 1 "$2"); do
      printf '%s %s: %s %s %d.\n' "$w1" "$w2" "$w3" "$w4" "$i"
      if (( i % 7 == 0 )); then printf '\n'; fi
    done
  } >"$1"
}

case_help() {
  run --help
  expect_rc 0 "--help"
  for cmd in normalize tokenize sentences analyze version; do
    expect_out_contains "$cmd"
  done
  for cmd in normalize tokenize sentences analyze version; do
    run "$cmd" --help
    expect_rc 0 "$cmd --help"
    expect_out_contains "khabar $cmd"
    expect_out_contains "--help"
    [[ -s $ERR ]] && fail "$cmd --help wrote to stderr"
  done
  for cmd in normalize tokenize sentences analyze; do
    run "$cmd" --help
    expect_out_contains "--format"
    expect_out_contains "--reject-invalid-utf8"
  done
  run normalize --help
  expect_out_contains "--level"
  expect_out_contains "--alignment"
  run help tokenize
  expect_rc 0 "help tokenize"
  expect_out_contains "--format"
}

case_usage_errors() {
  run
  expect_rc 2 "no arguments"
  run frobnicate
  expect_rc 2 "unknown command"
  expect_one_error_line "frobnicate"
  run tokenize --bogus
  expect_rc 2 "unknown option"
  expect_one_error_line "--bogus"
  run tokenize --format xml "$WORK/x.txt"
  expect_rc 2 "bad --format"
  expect_one_error_line
  run normalize --level loud
  expect_rc 2 "bad --level"
  expect_one_error_line
  run tokenize a b
  expect_rc 2 "two files"
  expect_one_error_line
  run version extra
  expect_rc 2 "version with an argument"
  expect_one_error_line
  [[ -s $OUT ]] && fail "usage errors must not write to stdout"
  return 0
}

case_version() {
  run version
  expect_rc 0 version
  [[ $(cat "$OUT") == "khabar 0.1.0" ]] || fail "version printed '$(cat "$OUT")'"
  run --version
  expect_rc 0 --version
  [[ $(cat "$OUT") == "khabar 0.1.0" ]] || fail "--version printed '$(cat "$OUT")'"
}

case_unreadable_input() {
  run tokenize "$WORK/missing.txt"
  expect_rc 3 "missing file"
  expect_one_error_line "cannot open"
  run analyze "$WORK"
  expect_rc 3 "directory"
  expect_one_error_line "directory"
  run tokenize --format jsonl "$WORK/missing.jsonl"
  expect_rc 3 "missing jsonl file"
  expect_one_error_line "missing.jsonl"
}

case_jsonl_truncated_line() {
  local f=$WORK/in.jsonl
  {
    echo '{"id":"a","text":"one two"}'
    echo '{"id":"b","text":"three"}'
    echo '{"id":"c","text":"fou'
    echo ''
    echo '{"id":"d","text":"five six"}'
    echo '{"id":7,"text":"seven"}'
  } >"$f"
  run tokenize "$f"
  expect_rc 3 "a record failed"
  expect_jsonl 5
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert [r["id"] for r in recs] == ["a", "b", "", "d", "7"], [r["id"] for r in recs]
err = recs[2]
assert err["line"] == 3, err
assert err["error"]["code"] == "data_loss", err
assert "truncated" in err["error"]["message"], err
assert "tokens" not in err
for i in (0, 1, 3, 4):
    assert "error" not in recs[i] and recs[i]["tokens"], recs[i]
assert [t["text"] for t in recs[0]["tokens"]] == ["one", "two"], recs[0]
' "$OUT"
  grep -q '^khabar tokenize: 5 records, 4 ok, 1 error' "$ERR" ||
    fail "bad summary: $(cat "$ERR")"
  grep -q 'line 3' "$ERR" || fail "summary does not name line 3"
}

case_jsonl_errors() {
  local f=$WORK/in.jsonl
  {
    printf '{"id":"ok1","text":"a b"}\r\n'
    printf '{"id":"nt"}\n'
    printf '[1,2]\n'
    printf '{"id":[1],"text":"x"}\n'
    printf '   \n'
    printf '{"id":"ok2","text":"c"}'  # no final newline
  } >"$f"
  run sentences "$f"
  expect_rc 3 "errors"
  expect_jsonl 5
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
codes = [r.get("error", {}).get("code") for r in recs]
assert codes == [None, "invalid_argument", "data_loss", "invalid_argument", None], codes
assert [r.get("line") for r in recs] == [None, 2, 3, 4, None], recs
# ParseTextRecord returns no id with an error, so error records have "".
assert recs[1]["id"] == "", recs[1]
assert recs[0]["sentences"] and recs[4]["sentences"], recs
' "$OUT"
  # A line over the 64 MiB limit is an error record too, and is skipped
  # without stopping the run.
  "$PY" -c '
import sys
with open(sys.argv[1], "w") as f:
    f.write("{\"id\":\"first\",\"text\":\"x\"}\n")
    f.write("{\"id\":\"big\",\"text\":\"" + "a" * (64 << 20) + "\"}\n")
    f.write("{\"id\":\"last\",\"text\":\"y\"}\n")
' "$f" || fail "cannot write the long line"
  run tokenize "$f"
  expect_rc 3 "too long line"
  expect_jsonl 3
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert recs[0]["id"] == "first" and recs[2]["id"] == "last", recs
assert recs[1]["error"]["code"] == "resource_exhausted", recs[1]
assert recs[1]["line"] == 2, recs[1]
' "$OUT"
  # All good: exit 0.
  printf '{"id":"x","text":"a"}\n{"id":"y","text":"b"}\n' >"$f"
  run tokenize "$f"
  expect_rc 0 "all records good"
  expect_jsonl 2
  grep -q '^khabar tokenize: 2 records, 2 ok, 0 errors$' "$ERR" ||
    fail "bad summary: $(cat "$ERR")"
  run tokenize --quiet "$f"
  [[ -s $ERR ]] && fail "--quiet still wrote a summary"
  return 0
}

case_invalid_utf8_text() {
  local f=$WORK/bad.txt
  printf 'abc \xff def \xd9\x82\xd8\xa7\xd9\x84\n' >"$f"
  for cmd in tokenize sentences analyze normalize; do
    run "$cmd" "$f"
    expect_rc 0 "$cmd replaces invalid UTF-8"
    expect_jsonl 1
  done
  run tokenize "$f"
  py "$PY_SPANS" "$f" "$OUT"
  py '
import json, sys
rec = json.loads(open(sys.argv[1]).read())
assert any(t["text"] == "\ufffd" for t in rec["tokens"]), rec
' "$OUT"
  for cmd in tokenize sentences analyze normalize; do
    run "$cmd" --reject-invalid-utf8 "$f"
    expect_rc 3 "$cmd --reject-invalid-utf8"
    expect_one_error_line "invalid UTF-8 at byte 4"
  done
  # The offset is global to the stream when the bad byte is in a later block.
  "$PY" -c '
import sys
open(sys.argv[1], "wb").write(b"word " * 40 + b"\xc3(" + b" tail")
' "$f"
  run tokenize --reject-invalid-utf8 --block-bytes 64 "$f"
  expect_rc 3 "bad byte in a later block"
  grep -q 'invalid UTF-8 at byte 200' "$ERR" || fail "wrong offset: $(cat "$ERR")"
}

case_invalid_utf8_jsonl() {
  local f=$WORK/bad.jsonl
  {
    printf '{"id":"1","text":"good"}\n'
    printf '{"id":"2","text":"bad \xff byte"}\n'
    printf '{"id":"3","text":"good again"}\n'
  } >"$f"
  run tokenize "$f"
  expect_rc 0 "invalid UTF-8 replaced"
  expect_jsonl 3
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert [t["text"] for t in recs[1]["tokens"]] == ["bad", "\ufffd", "byte"], recs[1]
' "$OUT"
  run tokenize --reject-invalid-utf8 "$f"
  expect_rc 3 "invalid UTF-8 rejected"
  expect_jsonl 3
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert "tokens" in recs[0] and "tokens" in recs[2], recs
e = recs[1]
assert e["line"] == 2 and e["error"]["code"] == "data_loss", e
assert "invalid UTF-8" in e["error"]["message"], e
' "$OUT"
}

case_empty_input() {
  : >"$WORK/empty.txt"
  : >"$WORK/empty.jsonl"
  for cmd in tokenize sentences analyze normalize; do
    run "$cmd" "$WORK/empty.txt"
    expect_rc 0 "$cmd on an empty text"
    expect_jsonl 1
  done
  run tokenize "$WORK/empty.txt"
  py '
import json, sys
rec = json.loads(open(sys.argv[1]).read())
assert rec["tokens"] == [] and rec["id"].endswith("empty.txt"), rec
' "$OUT"
  run tokenize "$WORK/empty.jsonl"
  expect_rc 0 "empty jsonl"
  [[ -s $OUT ]] && fail "empty JSONL produced output"
  grep -q '0 records' "$ERR" || fail "bad summary: $(cat "$ERR")"
  printf '\n\n  \n' >"$WORK/blank.jsonl"
  run tokenize "$WORK/blank.jsonl"
  expect_rc 0 "blank jsonl"
  [[ -s $OUT ]] && fail "blank lines are not records"
  return 0
}

case_nul_bytes() {
  local f=$WORK/nul.txt
  printf 'a\0b c\0\0d.\n' >"$f"
  for cmd in tokenize sentences analyze normalize; do
    run "$cmd" "$f"
    expect_rc 0 "$cmd with NUL bytes"
    expect_jsonl 1
  done
  run analyze "$f"
  py "$PY_SPANS" "$f" "$OUT"
  py '
import json, sys
rec = json.loads(open(sys.argv[2]).read())
assert rec["text"] == open(sys.argv[1], "rb").read().decode(), rec["text"]
' "$f" "$OUT"
  local j=$WORK/nul.jsonl
  printf '{"id":"esc","text":"a\\u0000b"}\n{"id":"raw","text":"a\0b"}\n' >"$j"
  run tokenize "$j"
  expect_rc 3 "raw NUL in a JSON string"
  expect_jsonl 2
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
assert "tokens" in recs[0], recs[0]
assert recs[1]["error"]["code"] == "data_loss" and recs[1]["line"] == 2, recs[1]
' "$OUT"
}

case_stdin_and_format() {
  local f=$WORK/in.txt
  printf 'one two three\n' >"$f"
  "$KHABAR" tokenize <"$f" >"$OUT" 2>"$ERR" || fail "stdin run failed"
  py 'import json,sys; r=json.loads(open(sys.argv[1]).read()); assert r["id"]=="-" and len(r["tokens"])==3, r' "$OUT"
  cat "$f" | "$KHABAR" tokenize - >"$OUT" 2>"$ERR" || fail "'-' run failed"
  py 'import json,sys; r=json.loads(open(sys.argv[1]).read()); assert r["id"]=="-" and len(r["tokens"])==3, r' "$OUT"
  # .ndjson is JSONL under --format auto.
  printf '{"id":"n","text":"x y"}\n' >"$WORK/in.ndjson"
  run tokenize "$WORK/in.ndjson"
  expect_rc 0 ndjson
  py 'import json,sys; r=json.loads(open(sys.argv[1]).read()); assert r["id"]=="n" and len(r["tokens"])==2, r' "$OUT"
  # --format jsonl overrides the extension, --format text too.
  cp "$WORK/in.ndjson" "$WORK/records.txt"
  run tokenize --format jsonl "$WORK/records.txt"
  expect_rc 0 "--format jsonl"
  py 'import json,sys; r=json.loads(open(sys.argv[1]).read()); assert r["id"]=="n", r' "$OUT"
  run tokenize --format text "$WORK/in.ndjson"
  expect_rc 0 "--format text"
  py 'import json,sys; r=json.loads(open(sys.argv[1]).read()); assert r["id"].endswith("in.ndjson") and len(r["tokens"]) > 2, r' "$OUT"
  # JSONL on stdin.
  "$KHABAR" tokenize --format jsonl <"$WORK/in.ndjson" >"$OUT" 2>"$ERR" ||
    fail "jsonl on stdin failed"
  py 'import json,sys; r=json.loads(open(sys.argv[1]).read()); assert r["id"]=="n", r' "$OUT"
}

# TREC-style files (the ANT corpus) for the document commands: one record
# per <DOC>, its text the title, a blank line, then its text; a truncated
# <DOC> is an error record (count in == count out); stdin needs --format.
case_trec_input() {
  local f=$WORK/ant.txt
  printf '<DOC>\n<DOCNO>T-1</DOCNO>\n<TITLE>Trec title</TITLE>\n<TEXT>\nFirst body line.\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>T-2</DOCNO>\n<TEXT>\nNo title here.\n</TEXT>\n</DOC>\n<DOC>\n<DOCNO>T-3</DOCNO>\n<TEXT>\ncut' >"$f"
  run tokenize "$f"
  expect_rc 3 "truncated doc"
  expect_jsonl 3
  py '
import json, sys
r = [json.loads(l) for l in open(sys.argv[1])]
assert [x["id"] for x in r[:2]] == ["T-1", "T-2"], r
assert "error" in r[2] and "error" not in r[0], r
words = lambda x: [t["text"] for t in x["tokens"] if t["type"] == "word"]
assert words(r[0]) == ["Trec", "title", "First", "body", "line"], r[0]
assert words(r[1]) == ["No", "title", "here"], r[1]
# Offsets are into "title, blank line, text".
t = r[0]["tokens"][2]
assert t["b"] == len("Trec title\n\n"), t
' "$OUT"
  grep -qF '3 documents, 2 ok, 1 error (first at ant/2: ' "$ERR" || fail "summary line"
  # The whole chain reads it too; on stdin only with --format trec.
  head -n 13 "$f" >"$WORK/ok.txt"
  run entities "$WORK/ok.txt"
  expect_rc 0 "entities on trec"
  expect_jsonl 2
  "$KHABAR" tokenize --format trec <"$WORK/ok.txt" >"$OUT" 2>"$ERR" ||
    fail "trec on stdin failed"
  expect_jsonl 2
  "$KHABAR" tokenize <"$WORK/ok.txt" >"$OUT" 2>"$ERR" ||
    fail "text on stdin failed"
  expect_jsonl 1
}

case_blocks() {
  local f=$WORK/long.txt
  write_sample "$f" 300
  for cmd in tokenize sentences analyze; do
    run "$cmd" --block-bytes 256 "$f"
    expect_rc 0 "$cmd in blocks"
    py "$PY_SPANS" "$f" "$OUT"
    local n
    n=$(wc -l <"$OUT")
    (( n > 10 )) || fail "expected many blocks, got $n"
  done
  # analyze: the blocks' texts concatenate to the input.
  run analyze --block-bytes 256 "$f"
  py '
import json, sys
raw = open(sys.argv[1], "rb").read()
recs = [json.loads(l) for l in open(sys.argv[2])]
assert "".join(r["text"] for r in recs).encode() == raw
assert all(len(r["text"].encode()) <= 256 for r in recs)
' "$f" "$OUT"
  grep -q '1 document, [0-9]* blocks' "$ERR" || fail "bad summary: $(cat "$ERR")"
  # One block by default: no "block" key.
  run tokenize "$f"
  expect_rc 0 "one block"
  expect_jsonl 1
  py "$PY_SPANS" "$f" "$OUT"
}

case_normalize_alignment() {
  local f=$WORK/norm.txt
  # Tatweel, a fatha, Indic digits, extra spaces and a lam-alef ligature.
  printf '\xd9\x82\xd9\x80\xd9\x80\xd8\xa7\xd9\x84   \xd8\xb9\xd9\x8e\xd9\x84\xd9\x89 \xd9\xa1\xd9\xa2\n\n\n\xef\xbb\xbb \xd8\xb3\n' >"$f"
  for level in display search; do
    for blocks in 16 65536; do
      run normalize --level "$level" --alignment --ascii-digits \
        --block-bytes "$blocks" "$f"
      expect_rc 0 "normalize $level"
      py '
import json, sys
raw = open(sys.argv[1], "rb").read()
level = sys.argv[3]
recs = [json.loads(l) for l in open(sys.argv[2])]
prev_ob = 0
for r in recs:
    assert r["level"] == level, r
    norm = r["text"].encode()
    segs = r["segments"]
    assert "\u0640" not in r["text"], "tatweel left in %r" % r["text"]
    assert "  " not in r["text"], r
    for i, (nb, ob, oe) in enumerate(segs):
        ne = segs[i + 1][0] if i + 1 < len(segs) else len(norm)
        assert 0 <= nb <= ne <= len(norm), r
        assert prev_ob <= ob <= oe <= len(raw), (segs, prev_ob)
        prev_ob = oe
if level == "search":
    joined = "".join(r["text"] for r in recs)
    assert "\u064e" not in joined, "fatha left in search view"
    assert "12" in joined, joined
' "$f" "$OUT" "$level"
    done
  done
  run normalize "$f"
  expect_rc 0 "normalize without --alignment"
  py 'import json,sys; r=json.loads(open(sys.argv[1]).read()); assert "segments" not in r and r["level"]=="display", r' "$OUT"
}

# Morphology: CoNLL-U with multiword tokens whose ranges point into the
# input, JSON with a "morph" member, and clear errors for a bad model.
case_analyze_morph() {
  local seed=$SRC/data/samples/seed.txt
  run analyze --format conllu "$seed"
  expect_rc 0 "analyze --format conllu"
  py '
import sys
raw = open(sys.argv[1], "rb").read()
mwt = words = 0
for line in open(sys.argv[2], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    cols = line.split("\t")
    assert len(cols) == 10, line
    if "-" in cols[0]:
        mwt += 1
    else:
        words += 1
    for item in cols[9].split("|"):
        if item.startswith("TokenRange="):
            b, e = map(int, item[len("TokenRange="):].split(":"))
            assert raw[b:e].decode() == cols[1], (cols[1], raw[b:e])
assert mwt > 20 and words > 300, (mwt, words)
' "$seed" "$OUT"
  run analyze "$seed"
  expect_rc 0 "analyze json"
  py '
import json, sys
rec = json.loads(open(sys.argv[1]).read())
m = rec["morph"]
assert len(m["words"]) > len(m["tokens"]) > 100
assert all(w["upos"] for w in m["words"])
# The UD features are printed (the entity commands skip predicting them).
assert sum(1 for w in m["words"] if w["feats"]) > len(m["words"]) // 2
' "$OUT"
  printf 'not a model' >"$WORK/bad.khm"
  run analyze --model "$WORK/bad.khm" "$seed"
  expect_rc 3 "corrupt model"
  expect_one_error_line
  run analyze --model "$WORK/missing.khm" "$seed"
  expect_rc 3 "missing model"
}

# Entities: one record per document, mention offsets into the input, the
# same entities in analyze's record, a clear error for a bad NER model.
case_entities() {
  local seed=$SRC/data/samples/seed.txt
  run entities "$seed"
  expect_rc 0 "entities"
  expect_jsonl 1
  py '
import json, sys
raw = open(sys.argv[1], "rb").read()
rec = json.loads(open(sys.argv[2]).read())
ents = rec["entities"]
assert len(ents) >= 15, len(ents)
ids = set()
for e in ents:
    assert e["type"] in ("PER", "LOC", "ORG", "MISC"), e
    assert len(e["id"]) == 16 and e["id"] not in ids
    ids.add(e["id"])
    for m in e["mentions"]:
        assert raw[m["begin"]:m["end"]].decode() == m["text"], m
' "$seed" "$OUT"
  local entities_out=$WORK/entities.json
  cp "$OUT" "$entities_out"
  run analyze "$seed"
  expect_rc 0 "analyze with entities"
  py '
import json, sys
rec = json.loads(open(sys.argv[1]).read())
a = rec["entities"]
b = json.loads(open(sys.argv[2]).read())["entities"]
assert [e["id"] for e in a] == [e["id"] for e in b]
assert len(rec["quotes"]) >= 10, len(rec["quotes"])
' "$OUT" "$entities_out"
  printf 'KHABARM\0junk' >"$WORK/bad-ner.khm"
  run entities --ner-model "$WORK/bad-ner.khm" "$seed"
  expect_rc 3 "corrupt NER model"
  expect_one_error_line
  # Known names: the embedded list (Daesh, with wa- attached), a user's
  # list (--names), and a clear error naming a bad row.
  printf '\xd9\x88\xd9\x82\xd8\xa7\xd9\x84 \xd8\xa5\xd9\x86 \xd9\x88\xd8\xaf\xd8\xa7\xd8\xb9\xd8\xb4 \xd8\xae\xd8\xb3\xd8\xb1 \xd9\x85\xd9\x88\xd8\xa7\xd9\x82\xd8\xb9\xd9\x87 \xd9\x82\xd8\xb1\xd8\xa8 \xd9\x82\xd8\xb1\xd9\x8a\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xb2\xd9\x87\xd9\x88\xd8\xb1.\n' >"$WORK/daesh.txt"
  printf '\xd9\x82\xd8\xb1\xd9\x8a\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xb2\xd9\x87\xd9\x88\xd8\xb1\tLOC\ta village\n' >"$WORK/names.tsv"
  run entities --names "$WORK/names.tsv" "$WORK/daesh.txt"
  expect_rc 0 "entities with --names"
  expect_entities "$WORK/daesh.txt" ORG '\u062f\u0627\u0639\u0634' \
    LOC '\u0642\u0631\u064a\u0629 \u0627\u0644\u0632\u0647\u0648\u0631'
  printf 'x\tNOTATYPE\n' >"$WORK/bad-names.tsv"
  run entities --names "$WORK/bad-names.tsv" "$WORK/daesh.txt"
  expect_rc 3 "bad known-name file"
  expect_one_error_line
  # A user's facility noun (mukhayyam, a camp; SaudiNewsNet's sentence has
  # qa'a, a hall, which the embedded list holds) before a naming title and
  # a name; a bad row names the file.
  printf '\xd9\x88\xd9\x81\xd9\x8a \xd8\xa7\xd9\x84\xd8\xa5\xd8\xaf\xd8\xa7\xd8\xb1\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xb9\xd8\xa7\xd9\x85\xd8\xa9 \xd9\x84\xd9\x84\xd8\xaa\xd8\xb9\xd9\x84\xd9\x8a\xd9\x85 \xd9\x81\xd9\x8a \xd9\x85\xd9\x86\xd8\xb7\xd9\x82\xd8\xa9 \xd8\xad\xd8\xa7\xd8\xa6\xd9\x84 \xd8\xa3\xd9\x82\xd9\x8a\xd9\x85 \xd8\xad\xd9\x81\xd9\x84 \xd9\x85\xd8\xb9\xd8\xa7\xd9\x8a\xd8\xaf\xd8\xa9 \xd8\xa8\xd9\x85\xd8\xae\xd9\x8a\xd9\x85 \xd8\xa7\xd9\x84\xd8\xa3\xd9\x85\xd9\x8a\xd8\xb1 \xd9\x81\xd9\x8a\xd8\xb5\xd9\x84 \xd8\xa8\xd9\x86 \xd8\xb9\xd8\xa8\xd8\xaf\xd8\xa7\xd9\x84\xd9\x84\xd9\x87.\x0a' >"$WORK/camp.txt"
  printf '\xd9\x85\xd8\xae\xd9\x8a\xd9\x85\x09LOC\x09a camp\x0a' >"$WORK/facilities.tsv"
  run entities --facility-nouns "$WORK/facilities.tsv" "$WORK/camp.txt"
  expect_rc 0 "entities with --facility-nouns"
  expect_entities "$WORK/camp.txt" LOC \
    '\u0645\u062e\u064a\u0645 \u0627\u0644\u0623\u0645\u064a\u0631 \u0641\u064a\u0635\u0644 \u0628\u0646 \u0639\u0628\u062f\u0627\u0644\u0644\u0647'
  printf 'x\tPER\n' >"$WORK/bad-facilities.tsv"
  run entities --facility-nouns "$WORK/bad-facilities.tsv" "$WORK/camp.txt"
  expect_rc 3 "bad facility-noun file"
  expect_one_error_line
  grep -q "bad-facilities.tsv: extra facility nouns line 1" "$ERR" ||
    fail "the error names the facility-noun file: $(cat "$ERR")"
}

# Quotes, keywords and summary: one record per document with offsets into
# the input.
case_quotes_summary() {
  local seed=$SRC/data/samples/seed.txt
  run quotes "$seed"
  expect_rc 0 "quotes"
  expect_jsonl 1
  py '
import json, sys
raw = open(sys.argv[1], "rb").read()
rec = json.loads(open(sys.argv[2]).read())
q = rec["quotes"]
assert len(q) >= 10, len(q)
assert {x["kind"] for x in q} <= {"direct", "partial", "reported"}
for x in q:
    assert raw[x["begin"]:x["end"]].decode() == x["text"], x
' "$seed" "$OUT"
  run summarize "$seed"
  expect_rc 0 "summarize"
  expect_jsonl 1
  py '
import json, sys
raw = open(sys.argv[1], "rb").read()
rec = json.loads(open(sys.argv[2]).read())
assert 5 <= len(rec["keywords"]) <= 10, rec["keywords"]
s = rec["summary"]
assert len(s) == 3, s
assert [x["begin"] for x in s] == sorted(x["begin"] for x in s)
for x in s:
    assert raw[x["begin"]:x["end"]].decode() == x["text"], x
' "$seed" "$OUT"
  # analyze carries keywords and the summary of the text as given; with
  # --no-summary it does not.
  run analyze -k 5 -s 2 "$seed"
  expect_rc 0 "analyze with keywords and summary"
  py '
import json, sys
raw = open(sys.argv[1], "rb").read()
rec = json.loads(open(sys.argv[2]).read())
assert 3 <= len(rec["keywords"]) <= 5, rec["keywords"]
for k in rec["keywords"]:
    assert raw[k["begin"]:k["end"]].decode() == k["surface"], k
assert len(rec["summary"]) == 2, rec["summary"]
for x in rec["summary"]:
    assert raw[x["begin"]:x["end"]].decode() == x["text"], x
' "$seed" "$OUT"
  run analyze --no-summary "$seed"
  expect_rc 0 "analyze --no-summary"
  py '
import json, sys
rec = json.loads(open(sys.argv[1]).read())
assert "keywords" not in rec and "summary" not in rec and "quotes" in rec
' "$OUT"
  run analyze --df-model "$WORK/missing-df.khm" "$seed"
  expect_rc 3 "missing df model"
}

case_seed_analyze() {
  local seed=$SRC/data/samples/seed.txt
  [[ -f $seed ]] || fail "missing $seed"
  run analyze "$seed"
  expect_rc 0 "analyze seed"
  expect_jsonl 1
  py "$PY_SPANS" "$seed" "$OUT"
  py '
import json, sys
raw = open(sys.argv[1], "rb").read()
rec = json.loads(open(sys.argv[2]).read())
assert rec["text"].encode() == raw
assert len(rec["tokens"]) > 100, len(rec["tokens"])
assert len(rec["sentences"]) > 5, len(rec["sentences"])
assert any(t.get("script") == "arabic" for t in rec["tokens"])
for level in ("display", "search"):
    view = rec["normalized"][level]
    assert view["text"], level
    n = len(view["text"].encode())
    for nb, ob, oe in view["segments"]:
        assert 0 <= nb <= n and 0 <= ob <= oe <= len(raw), (level, nb, ob, oe)
' "$seed" "$OUT"
  for cmd in tokenize sentences normalize; do
    run "$cmd" "$seed"
    expect_rc 0 "$cmd seed"
    expect_jsonl 1
  done
  run sentences --tokens "$seed"
  py "$PY_SPANS" "$seed" "$OUT"
}

# khabar clean on the seed article: the hand annotation's title, caption,
# dropped lines with reasons, and body lines.
case_clean_seed() {
  run clean "$SRC/data/samples/seed.txt"
  expect_rc 0 "clean seed"
  expect_jsonl 1
  py '
import json, sys
a = json.loads(open(sys.argv[1], encoding="utf-8").read())
gold = json.load(open(sys.argv[2], encoding="utf-8"))
raw = open(sys.argv[3], "rb").read()
assert a["title"]["line"] == gold["title"]["line"], a["title"]
assert a["title"]["text"] == gold["title"]["text"]
assert [c["line"] for c in a["captions"]] == [c["line"] for c in gold["captions"]]
assert [b["line"] for b in a["body"]] == gold["body_lines"]
got = {d["line"]: (d["reason"], d.get("duplicate_of_lines", [])) for d in a["dropped"]}
want = {d["line"]: (d["reason"], d.get("duplicate_of_lines", [])) for d in gold["dropped"]}
assert got == want, (got, want)
for part in [a["title"]] + a["body"] + a["captions"] + a["dropped"]:
    assert raw[part["b"]:part["e"]].decode("utf-8").strip() != "", part
' "$OUT" "$SRC/tests/golden/clean/seed.expected.json" "$SRC/data/samples/seed.txt"
  grep -q 'in 1, ok 1, errors 0' "$ERR" || fail "summary line"
}

# A JSONL batch with a truncated record in the middle: one output line per
# input record, in order, the bad one an error record naming its line.
case_clean_batch_jsonl() {
  local f=$WORK/in.jsonl
  {
    printf '{"id":"a","title":"Title one","text":"First body paragraph of the article, long enough."}\n'
    printf '{"id":"b","title":"Title two","text":"cut here\n'
    printf '\n'
    printf '{"id":"c","title":"Title three","text":"Third body paragraph of the article, long enough."}\n'
  } >"$f"
  run clean "$f"
  expect_rc 3 "a bad record makes exit code 3"
  expect_jsonl 3
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert [r["id"] for r in recs][0] == "a" and recs[2]["id"] == "c", recs
assert "error" in recs[1] and recs[1]["line"] == 2, recs[1]
assert recs[1]["error"]["code"] == "data_loss", recs[1]
assert recs[0]["title"]["text"] == "Title one" and len(recs[0]["body"]) == 1
' "$OUT"
  grep -q 'in 3, ok 2, errors 1' "$ERR" || fail "summary line"
}

# A directory of mixed inputs, walked in name order; unknown files skipped.
case_clean_directory() {
  local d=$WORK/corpus
  mkdir -p "$d/sub"
  printf 'A plain title\nA plain paragraph of text that is long enough.\n' >"$d/a.txt"
  printf '<html><head><title>Page</title></head><body><article><h1>Page title</h1><p>The article paragraph on the page, long enough to be text.</p></article></body></html>' >"$d/b.html"
  printf '[{"title":"One","content":"Body one, long enough to count."}, 5, {"title":"Three","content":"Body three."}]' >"$d/c.json"
  printf '<DOC>\n<DOCNO>T-1</DOCNO>\n<TITLE>Trec title</TITLE>\n<TEXT>\nTrec body line.\n</TEXT>\n</DOC>\n' >"$d/sub/d.txt"
  printf '\x00\x01binary' >"$d/e.bin"
  run clean "$d"
  expect_rc 3 "one bad array element"
  expect_jsonl 6
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ids = [r["id"] for r in recs]
assert ids[0].endswith("a.txt") and ids[1].endswith("b.html"), ids
assert ids[2:5] == ["c/0", "c/1", "c/2"], ids
assert ids[5] == "T-1", ids
assert "error" in recs[3] and "error" not in recs[4], recs[3]
assert recs[1]["title"]["text"] == "Page title", recs[1]
assert recs[5]["title"]["text"] == "Trec title", recs[5]
' "$OUT"
  grep -q 'in 6, ok 5, errors 1, skipped 1' "$ERR" || fail "summary line"
}

# Bad pages: binary junk is an error record, an empty page an empty article.
case_clean_bad_html() {
  head -c 20000 /dev/urandom >"$WORK/junk.html"
  : >"$WORK/empty.html"
  run clean --format html "$WORK/junk.html" "$WORK/empty.html"
  expect_rc 3 "junk is bad input"
  expect_jsonl 2
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert "error" in recs[0], recs[0]
assert "error" not in recs[1] and recs[1]["body"] == [], recs[1]
' "$OUT"
}

# khabar eval clean on a two-page gold set: counts worked out by hand.
case_eval_clean() {
  local d=$WORK/evalset
  mkdir -p "$d/pages"
  printf '<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><h1>Storm hits the coast</h1><p>The storm reached the coast on Monday night and cut power to thousands of homes.</p><p>Officials said repairs would take several days.</p></article><footer>All rights reserved 2024</footer></body></html>' >"$d/pages/one.html"
  printf '<html><body><div class="content"><p>A short note about the weather: rain is expected tomorrow in the north.</p></div></body></html>' >"$d/pages/two.html"
  printf '{"u1": {"file": "one.html", "with": ["cut power to thousands", "repairs would take"], "without": ["All rights reserved", "Home"]}, "u2": {"file": "two.html", "with": ["rain is expected", "a sentence that is not there"], "without": []}}' >"$d/evaldata.json"
  run eval clean "$d"
  expect_rc 0 "eval clean"
  py '
import json, sys
r = json.loads(open(sys.argv[1]).read())
assert r["pages"] == 2 and r["failed"] == 0, r
assert (r["tp"], r["fn"], r["fp"], r["tn"]) == (3, 1, 0, 2), r
assert abs(r["precision"] - 1.0) < 1e-9 and abs(r["recall"] - 0.75) < 1e-9, r
' "$OUT"
  run eval clean "$WORK/no-such-dir"
  expect_rc 3 "missing gold file"
  run eval
  expect_rc 2 "eval without what"
}

# khabar eval quotes on the committed gold set (tests/data/quotes_gold):
# the report's shape and its gold counts, and a bad gold file.
case_eval_quotes() {
  local gold=$SRC/tests/data/quotes_gold/quotes_gold.jsonl
  run eval quotes --json
  expect_rc 0 "eval quotes --json"
  py '
import json, sys
r = json.loads(open(sys.argv[1]).read())
gold = [json.loads(line) for line in open(sys.argv[2]) if line.strip()]
assert r["articles"] == len(gold) >= 30, r["articles"]
keys = {"gold", "system", "matched", "exact", "precision", "recall", "f1",
        "exact_precision", "exact_recall", "exact_f1", "speaker_gold",
        "speaker_right", "speaker_accuracy"}
for kind in ("direct", "partial", "reported", "overall", "any_kind"):
    s = r[kind]
    assert keys <= set(s), (kind, s)
    assert 0 <= s["exact"] <= s["matched"] <= min(s["gold"], s["system"]), s
    assert 0 <= s["speaker_right"] <= s["speaker_gold"] <= s["matched"], s
    for k in ("precision", "recall", "f1", "speaker_accuracy"):
        assert 0 <= s[k] <= 1, (kind, k, s[k])
for kind in ("direct", "partial", "reported"):
    want = sum(1 for a in gold for x in a["items"] if x["kind"] == kind)
    assert r[kind]["gold"] == want, (kind, r[kind]["gold"], want)
    assert r[kind]["gold"] > 0, kind
o = r["overall"]
for k in ("gold", "system", "matched"):
    assert o[k] == sum(r[x][k] for x in ("direct", "partial", "reported"))
assert r["any_kind"]["matched"] >= o["matched"]
' "$OUT" "$gold"
  run eval quotes
  expect_rc 0 "eval quotes"
  for word in direct partial reported overall "any kind" precision sp.acc; do
    expect_out_contains "$word"
  done
  printf '{"id":"a","text":"abc","items":[{"kind":"direct","begin":0,"end":9,"text":"abc"}]}\n' >"$WORK/bad.jsonl"
  run eval quotes --gold "$WORK/bad.jsonl"
  expect_rc 3 "bad gold span"
  expect_one_error_line "line 1"
  run eval quotes --gold "$WORK/missing.jsonl"
  expect_rc 3 "missing gold file"
  expect_one_error_line
  run eval quotes --help
  expect_rc 0 "eval quotes --help"
  expect_out_contains "--gold"
}

# khabar model inspect/verify on the committed format-1.0 fixture, damaged
# copies of it and files that are not models.
case_model_inspect() {
  local fixture=$SRC/tests/golden/model/v1_0.khm
  run model inspect "$fixture"
  expect_rc 0 "inspect the fixture"
  expect_out_contains "format:   1.0"
  expect_out_contains "kind:     test"
  expect_out_contains "training_config  string  epochs=3 seed=7"
  expect_out_contains "floats"
  [[ -s $ERR ]] && fail "inspect wrote to stderr"
  run model inspect --json "$fixture"
  expect_rc 0 "inspect --json"
  py '
import json, sys
r = json.loads(open(sys.argv[1], encoding="utf-8").read())
assert (r["format_major"], r["format_minor"], r["kind"]) == (1, 0, "test"), r
meta = {m["key"]: (m["type"], m["value"]) for m in r["metadata"]}
assert meta["dim"] == ("int64", 4) and meta["scale"] == ("double", -0.375), meta
assert [s["name"] for s in r["sections"]] == ["floats", "strings", "empty", "raw"], r
assert all(s["checksum_ok"] and s["offset"] % 64 == 0 for s in r["sections"]), r
assert r["ok"] is True and r["file_size"] == 581, r
' "$OUT"
  run model verify "$fixture"
  expect_rc 0 "verify the fixture"
  expect_out_contains ": ok (kind test, format 1.0, 4 sections, 581 bytes)"

  # The last byte belongs to section "raw".
  py '
import sys
b = bytearray(open(sys.argv[1], "rb").read())
b[-1] ^= 1
open(sys.argv[2], "wb").write(b)
b[-1] ^= 1
b[8] = 2  # format major version 2
open(sys.argv[3], "wb").write(b)
' "$fixture" "$WORK/bad.khm" "$WORK/v2.khm"
  run model verify "$WORK/bad.khm"
  expect_rc 3 "verify a damaged model"
  expect_one_error_line "bad.khm: section 'raw': checksum mismatch"
  run model inspect "$WORK/bad.khm"
  expect_rc 3 "inspect a damaged model"
  expect_one_error_line "section 'raw': checksum mismatch"
  expect_out_contains "BAD"
  run model verify "$WORK/v2.khm"
  expect_rc 3 "a newer major version"
  expect_one_error_line "model format version 2.0 is not supported"
  printf 'plain text, not a model' >"$WORK/text.txt"
  run model inspect "$WORK/text.txt"
  expect_rc 3 "not a model"
  expect_one_error_line "not a khabar model"
  run model verify "$WORK/missing.khm"
  expect_rc 3 "missing model"
  expect_one_error_line "no such model file"
  run model
  expect_rc 2 "model without an action"
  run model frobnicate "$fixture"
  expect_rc 2 "unknown action"
  expect_one_error_line "frobnicate"
  run model inspect
  expect_rc 2 "inspect without a file"
  expect_one_error_line
}

# khabar train ner on a tiny labelled file (written here from the seed's
# words) with raw news in two files, or a second file for the word clusters
# only: the model records them, and a missing raw file is an error naming
# it, with no model written.
case_train_ner_raw() {
  local seed=$SRC/data/samples/seed.txt
  mkdir -p "$WORK/ner" || fail "mkdir"
  "$PY" -c '
import sys
lines = [l.split() for l in open(sys.argv[1], encoding="utf-8") if len(l.split()) > 6]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for words in lines[:12]:
        for i, w in enumerate(words[:20]):
            f.write("%s %s\n" % (w, "B-LOC" if i == 3 else "O"))
        f.write("\n")
half = len(lines) // 2
for path, part in ((sys.argv[3], lines[:half]), (sys.argv[4], lines[half:])):
    open(path, "w", encoding="utf-8").write("\n".join(" ".join(w) for w in part))
' "$seed" "$WORK/ner/ANERCorp_CamelLab_train.txt" "$WORK/raw1.txt" \
    "$WORK/raw2.txt" || fail "cannot write the data"
  run train ner --data-dir "$WORK/ner" --gazetteer "" --epochs 1 \
    --raw "$WORK/raw1.txt" "$WORK/raw2.txt" --out "$WORK/m.khm"
  expect_rc 0 "train ner with two raw files"
  run model inspect "$WORK/m.khm"
  expect_rc 0 "inspect the model"
  expect_out_contains "word classes from $WORK/raw1.txt, $WORK/raw2.txt"
  run train ner --data-dir "$WORK/ner" --gazetteer "" --epochs 1 \
    --raw "$WORK/raw1.txt" --cluster-raw "$WORK/raw2.txt" --out "$WORK/m1.khm"
  expect_rc 0 "train ner with more text for the clusters"
  run model inspect "$WORK/m1.khm"
  expect_rc 0 "inspect that model"
  expect_out_contains "word classes from $WORK/raw1.txt; word clusters also from $WORK/raw2.txt"
  expect_out_contains "cluster_extra_bytes="
  # The word types' options reach the model's training configuration.
  run train ner --data-dir "$WORK/ner" --gazetteer "" --epochs 1 \
    --raw "$WORK/raw1.txt" --word-type-contexts 7 --word-type-soft-labels \
    --out "$WORK/m3.khm"
  expect_rc 0 "train ner with word-type options"
  run model inspect "$WORK/m3.khm"
  expect_out_contains "word_type_contexts=7 "
  expect_out_contains "word_type_soft_labels=1"
  run train ner --data-dir "$WORK/ner" --word-type-contexts 0 --out "$WORK/m4.khm"
  expect_rc 2 "no neighbour vocabulary"
  run train ner --data-dir "$WORK/ner" --gazetteer "" --epochs 1 \
    --raw "$WORK/raw1.txt" "$WORK/missing.txt" --out "$WORK/m2.khm"
  expect_rc 3 "a missing raw file"
  expect_one_error_line "missing.txt"
  [[ -e $WORK/m2.khm ]] && fail "a model was written"
}

# --threads: the same output, in input order, for any number of workers;
# error records stay in place, the count in equals the count out.
case_threads() {
  local seed=$SRC/data/samples/seed.txt
  local f=$WORK/mixed.jsonl
  # The seed's paragraphs as records, with bad records among them.
  "$PY" -c '
import json, sys
paras = [p for p in open(sys.argv[1], encoding="utf-8").read().split("\n") if p.strip()]
with open(sys.argv[2], "wb") as f:
    for i, p in enumerate(paras * 6):
        f.write(json.dumps({"id": "p%d" % i, "text": p}, ensure_ascii=False).encode() + b"\n")
        if i % 11 == 5:
            f.write(b"{not json\n")
        if i % 13 == 7:
            f.write(b"{\"id\":\"bad%d\",\"text\":\"\xff\"}\n" % i)
' "$seed" "$f" || fail "cannot write the records"
  local n
  n=$(grep -c . "$f")
  (( n > 100 )) || fail "expected many records, got $n"
  for cmd in entities quotes summarize analyze; do
    run "$cmd" --reject-invalid-utf8 "$f"
    expect_rc 3 "$cmd, one thread, bad records"
    expect_jsonl "$n"
    cp "$OUT" "$WORK/one.out"
    cp "$ERR" "$WORK/one.err"
    for j in 2 3 0; do
      run "$cmd" --reject-invalid-utf8 --threads "$j" "$f"
      expect_rc 3 "$cmd --threads $j, bad records"
      cmp -s "$OUT" "$WORK/one.out" || fail "$cmd --threads $j: output differs"
      cmp -s "$ERR" "$WORK/one.err" || fail "$cmd --threads $j: summary differs"
    done
  done
  py '
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
errors = [r for r in recs if "error" in r]
assert 0 < len(errors) < len(recs) / 4, len(errors)
ids = [r["id"] for r in recs if "error" not in r]
assert ids == ["p%d" % i for i in range(len(ids))], ids[:10]
' "$WORK/one.out"
  # Plain text in blocks, and a bad byte in a later block: the blocks
  # before it are written, then the same error.
  cp "$seed" "$WORK/seed.txt"
  printf '\xc3(' >>"$WORK/seed.txt"
  cat "$seed" >>"$WORK/seed.txt"
  run entities --block-bytes 512 "$WORK/seed.txt"
  expect_rc 0 "blocks, one thread"
  cp "$OUT" "$WORK/one.out"
  (( $(wc -l <"$OUT") > 10 )) || fail "expected many blocks"
  run entities --block-bytes 512 -j 3 "$WORK/seed.txt"
  expect_rc 0 "blocks, three threads"
  cmp -s "$OUT" "$WORK/one.out" || fail "blocks: output differs"
  run entities --reject-invalid-utf8 --block-bytes 512 "$WORK/seed.txt"
  expect_rc 3 "bad byte, one thread"
  cp "$OUT" "$WORK/one.out"
  cp "$ERR" "$WORK/one.err"
  [[ -s $OUT ]] || fail "the blocks before the bad byte are missing"
  run entities --reject-invalid-utf8 --block-bytes 512 -j 3 "$WORK/seed.txt"
  expect_rc 3 "bad byte, three threads"
  cmp -s "$OUT" "$WORK/one.out" || fail "bad byte: output differs"
  cmp -s "$ERR" "$WORK/one.err" || fail "bad byte: error differs"
  # TREC documents, the last one cut short.
  local t=$WORK/ant.txt
  { for i in 1 2 3 4 5 6 7; do
      printf '<DOC>\n<DOCNO>T-%d</DOCNO>\n<TEXT>\n' "$i"
      sed -n "$((i + 2))p" "$seed"
      printf '</TEXT>\n</DOC>\n'
    done
    printf '<DOC>\n<DOCNO>T-8</DOCNO>\n<TEXT>\ncut'; } >"$t"
  run quotes "$t"
  expect_rc 3 "trec, one thread"
  expect_jsonl 8
  cp "$OUT" "$WORK/one.out"
  run quotes -j 2 "$t"
  expect_rc 3 "trec, two threads"
  cmp -s "$OUT" "$WORK/one.out" || fail "trec: output differs"
  run entities --threads 257 "$t"
  expect_rc 2 "too many threads"
}

if ! declare -F "case_$CASE" >/dev/null; then
  echo "unknown case '$CASE'" >&2
  exit 1
fi
[[ -x $KHABAR ]] || fail "no binary at $KHABAR"
"case_$CASE"
echo "PASS [$CASE]"
