#!/usr/bin/python3
# Copyright 2026 The khabar Authors. Licensed under the Apache License 2.0.
"""The held-out quotation gold set (issue 6): selection and assembly.

Two steps, standard library only:

  select  Draws the articles, by a fixed seeded procedure, from the raw
          SaudiNewsNet and ANT corpora (../shared/data/unpack.sh lays them
          out) and writes tests/data/quotes_gold/selection.jsonl: one record
          per article with the text exactly as `khabar eval quotes` feeds it
          to the extractor, no annotations.
  build   Reads the hand annotations (tests/data/quotes_gold/annotations.txt),
          checks every quoted text and speaker against its article, computes
          byte offsets and writes tests/data/quotes_gold/quotes_gold.jsonl,
          the file the evaluation reads.

    ../shared/data/unpack.sh /tmp/khabar-data
    scripts/select_quotes_gold.py select            # selection.jsonl
    scripts/select_quotes_gold.py build             # quotes_gold.jsonl

The development set (tests/data/quotes_dev/README.md) is drawn the same
way with another seed, other counts and the held-out articles excluded:

    scripts/select_quotes_gold.py select --seed 61 --counts 12,1,10 \
        --exclude tests/data/quotes_gold/selection.jsonl \
        --out tests/data/quotes_dev/selection.jsonl
    scripts/select_quotes_gold.py build --dir tests/data/quotes_dev

Selection (tests/data/quotes_gold/README.md describes it for readers):
  1. Text of an article: SaudiNewsNet "content", ANT <TEXT>; every line
     stripped of surrounding spaces, empty lines dropped, paragraphs joined
     by a blank line ("\\n\\n"). The title is kept in the record but is not
     part of the text.
  2. Kept when the text has 400 to 3,500 UTF-8 bytes, at least 70% of its
     letters are Arabic, and it is not a byte-identical copy of an earlier
     article (SaudiNewsNet files in date order, ANT files in path order).
  3. Excluded: the seed article (any of its lines of 30+ characters found in
     the text) and any article containing a phrase of 5+ Arabic words that
     appears in the material the rules were developed on
     (tests/quotes/quote_extractor_test.cc, tests/golden/quotes/
     seed_quotes.tsv, docs/QUOTES.md, read as of DEVELOPMENT_COMMIT).
     Neither excluded any article.
  4. Pools: "quote" when the text has a quotation mark or a speech cue (a
     token that is, after an optional wa/fa proclitic and folding, a verb
     or participle of data/quotes/speech_verbs.txt, or such a verb + ta);
     "no-quote" otherwise.
  5. Per corpus, random.Random(SEED) with SEED = 6 (the issue number) draws
     20 articles from the quote pool and then 2 from the no-quote pool, each
     pool sorted by id first, then 5 more from the "quotation" pool: the
     quote-pool articles not drawn yet that have 4+ words between two
     quotation marks in one paragraph (this stratum adds direct quotations,
     which plain sampling finds few of). SaudiNewsNet is drawn before ANT,
     with one generator per corpus, so changing one corpus does not move
     the other.
  6. --exclude FILE (a later set): articles of FILE are not drawn, nor any
     article sharing EXCLUDE_SET_PHRASE_WORDS consecutive Arabic words
     with one of them (another copy or rewrite of the same story).
"""

import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys

SEED = 6
QUOTE_PER_CORPUS = 20
NO_QUOTE_PER_CORPUS = 2
QUOTATION_PER_CORPUS = 5
QUOTATION_MIN_WORDS = 4
MIN_BYTES = 400
MAX_BYTES = 3500
MIN_ARABIC_SHARE = 0.70
EXCLUDE_PHRASE_WORDS = 5
# A later set (--exclude) drops articles sharing this many consecutive
# Arabic words with an earlier set's article (another copy of the story).
EXCLUDE_SET_PHRASE_WORDS = 8
SEED_LINE_CHARS = 30

# The material the quotation rules were developed on, as of the commit the
# gold set was drawn at.
DEVELOPMENT_COMMIT = '8fff3398057f0e9b2733cb6922315278fb2dd427'
DEVELOPMENT_FILES = ('tests/quotes/quote_extractor_test.cc',
                     'tests/golden/quotes/seed_quotes.tsv', 'docs/QUOTES.md')

QUOTE_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e\u2033'
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD_DIR = os.path.join(REPO, 'tests', 'data', 'quotes_gold')

DIACRITICS = re.compile('[\u064b-\u0652\u0670\u0640]')
ARABIC_WORD = re.compile('[\u0621-\u064a\u0660-\u0669\u0671-\u06d3]+')


def fold(s):
    s = DIACRITICS.sub('', s)
    for a in '\u0623\u0625\u0622\u0671':
        s = s.replace(a, '\u0627')
    return s.replace('\u0649', '\u064a').replace('\u0629', '\u0647')


def prepare(raw):
    lines = [line.strip() for line in raw.split('\n')]
    return '\n\n'.join(line for line in lines if line)


def arabic_share(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    arabic = sum(1 for c in letters if '\u0600' <= c <= '\u06ff')
    return arabic / len(letters)


def read_saudinewsnet(directory):
    for path in sorted(glob.glob(os.path.join(directory, '*.json'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8') as f:
            records = json.load(f)
        for i, r in enumerate(records):
            yield {
                'id': 'snn-%s-%04d' % (name[:-len('.json')], i),
                'corpus': 'saudinewsnet',
                'source': 'json/%s#%d' % (name, i),
                'url': r.get('url') or '',
                'title': (r.get('title') or '').strip(),
                'text': prepare(r.get('content') or ''),
            }


def trec_field(doc, tag):
    m = re.search('<%s>(.*?)</%s>' % (tag, tag), doc, re.S)
    return m.group(1) if m else ''


def read_ant(directory):
    paths = sorted(glob.glob(os.path.join(directory, '*', '*.txt')))
    for path in paths:
        with open(path, encoding='utf-8') as f:
            doc = f.read()
        rel = os.path.relpath(path, directory)
        yield {
            'id': trec_field(doc, 'DOCNO').strip() or rel,
            'corpus': 'ant',
            'source': rel,
            'url': trec_field(doc, 'URL').strip(),
            'title': trec_field(doc, 'TITLE').strip(),
            'text': prepare(trec_field(doc, 'TEXT')),
        }


def c_string_literals(source):
    """The C++ string literals of `source`, adjacent ones joined, decoded."""
    out, current = [], bytearray()
    pos, joined = 0, False
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"(\s*)', source):
        if m.start() != pos or not joined:
            if current:
                out.append(current.decode('utf-8', 'ignore'))
            current = bytearray()
        body = m.group(1)
        i = 0
        while i < len(body):
            if body[i] == '\\' and i + 1 < len(body):
                if body[i + 1] == 'x':
                    j = i + 2
                    while j < len(body) and j < i + 4 and \
                            body[j] in '0123456789abcdefABCDEF':
                        j += 1
                    current.append(int(body[i + 2:j], 16))
                    i = j
                    continue
                current.extend(body[i + 1].encode('utf-8'))
                i += 2
                continue
            current.extend(body[i].encode('utf-8'))
            i += 1
        pos, joined = m.end(), True
    if current:
        out.append(current.decode('utf-8', 'ignore'))
    return out


def read_development_file(path):
    """`path` (relative to the repository) as of DEVELOPMENT_COMMIT, read
    with git so that later edits do not move the selection; the working
    tree's copy when git or the commit is not available."""
    try:
        return subprocess.run(
            ['git', '-C', REPO, 'show', DEVELOPMENT_COMMIT + ':' + path],
            check=True, capture_output=True).stdout.decode('utf-8')
    except (OSError, subprocess.CalledProcessError):
        print('select: %s read from the working tree (no git or no commit '
              '%s)' % (path, DEVELOPMENT_COMMIT[:8]), file=sys.stderr)
        with open(os.path.join(REPO, path), encoding='utf-8') as f:
            return f.read()


def development_phrases():
    """Arabic phrases of 5+ words from the rule-development material."""
    texts = []
    for path in DEVELOPMENT_FILES:
        content = read_development_file(path)
        texts.append(content)
        if path.endswith('.cc'):
            texts.extend(c_string_literals(content))
    phrases = set()
    for t in texts:
        # Runs of Arabic words separated by spaces only.
        for run in re.findall('[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)*', t):
            words = fold(run).split(' ')
            if len(words) >= EXCLUDE_PHRASE_WORDS:
                phrases.add(' '.join(words))
    return phrases


def seed_lines():
    path = os.path.join(REPO, 'data', 'samples', 'seed.txt')
    with open(path, encoding='utf-8') as f:
        return [fold(line.strip()) for line in f
                if len(line.strip()) >= SEED_LINE_CHARS]


def speech_forms():
    forms = set()
    with open(os.path.join(REPO, 'data', 'quotes', 'speech_verbs.txt'),
              encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            cols = line.rstrip('\n').split('\t')
            if cols[0] == 'verb':
                forms.add(fold(cols[1]))
                forms.add(fold(cols[1]) + '\u062a')
            elif cols[0] == 'participle':
                forms.add(fold(cols[1]))
    return forms


def has_speech_cue(text, forms):
    for word in ARABIC_WORD.findall(text):
        w = fold(word)
        if w in forms:
            return True
        if len(w) > 3 and w[0] in '\u0648\u0641' and w[1:] in forms:
            return True
    return False


def excluded(text, phrases, seed):
    folded = fold(text)
    if any(line in folded for line in seed):
        return 'seed'
    words = ' '.join(fold(w) for w in ARABIC_WORD.findall(text))
    if any(p in words for p in phrases):
        return 'development'
    return None


def candidates(records, phrases, seed, forms, counts):
    seen = set()
    quote, no_quote = [], []
    for r in records:
        size = len(r['text'].encode('utf-8'))
        if not MIN_BYTES <= size <= MAX_BYTES:
            continue
        if arabic_share(r['text']) < MIN_ARABIC_SHARE:
            continue
        if r['text'] in seen:
            continue
        seen.add(r['text'])
        why = excluded(r['text'], phrases, seed)
        if why:
            counts[why] = counts.get(why, 0) + 1
            continue
        marks = any(c in QUOTE_MARKS for c in r['text'])
        if marks or has_speech_cue(r['text'], forms):
            quote.append(r)
        else:
            no_quote.append(r)
    return quote, no_quote


def has_quotation(text):
    """True when a paragraph has QUOTATION_MIN_WORDS or more words
    between two quotation marks."""
    marks = '[' + re.escape(QUOTE_MARKS) + ']'
    for paragraph in text.split('\n'):
        for m in re.finditer(marks + '([^' + re.escape(QUOTE_MARKS) + ']+)' +
                             marks, paragraph):
            if len(m.group(1).split()) >= QUOTATION_MIN_WORDS:
                return True
    return False


def draw(quote, no_quote, seed=SEED, counts=None):
    n_quote, n_no_quote, n_quotation = counts or (
        QUOTE_PER_CORPUS, NO_QUOTE_PER_CORPUS, QUOTATION_PER_CORPUS)
    rng = random.Random(seed)
    quote = sorted(quote, key=lambda r: r['id'])
    no_quote = sorted(no_quote, key=lambda r: r['id'])
    picked = [dict(r, pool='quote') for r in rng.sample(quote, n_quote)]
    picked += [dict(r, pool='no-quote')
               for r in rng.sample(no_quote, n_no_quote)]
    taken = {r['id'] for r in picked}
    quotation = [r for r in quote
                 if r['id'] not in taken and has_quotation(r['text'])]
    picked += [dict(r, pool='quotation')
               for r in rng.sample(quotation, n_quotation)]
    return picked


def read_exclusions(paths):
    """Ids and folded Arabic word sequences of the articles of `paths`
    (selection.jsonl files of earlier sets)."""
    ids, texts = set(), []
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    ids.add(r['id'])
                    texts.append([fold(w) for w in
                                  ARABIC_WORD.findall(r['text'])])
    return ids, texts


def shingles(words, n):
    return {' '.join(words[i:i + n]) for i in range(len(words) - n + 1)}


def drop_excluded(records, ids, texts, counts):
    """`records` without the articles of an earlier set: the same id, or
    a run of EXCLUDE_SET_PHRASE_WORDS Arabic words in common (another copy
    or rewrite of the same story)."""
    if not ids:
        return records
    known = set()
    for words in texts:
        known |= shingles(words, EXCLUDE_SET_PHRASE_WORDS)
    out = []
    for r in records:
        if r['id'] in ids:
            counts['earlier set'] = counts.get('earlier set', 0) + 1
            continue
        words = [fold(w) for w in ARABIC_WORD.findall(r['text'])]
        if shingles(words, EXCLUDE_SET_PHRASE_WORDS) & known:
            counts['earlier set (shared phrase)'] = counts.get(
                'earlier set (shared phrase)', 0) + 1
            continue
        out.append(r)
    return out


def cmd_select(args):
    phrases = development_phrases()
    seed = seed_lines()
    forms = speech_forms()
    ids, texts = read_exclusions(args.exclude)
    per_corpus = None
    if args.counts:
        per_corpus = tuple(int(n) for n in args.counts.split(','))
        if len(per_corpus) != 3:
            sys.exit('select: --counts takes QUOTE,NO_QUOTE,QUOTATION')
    out = []
    for name, records in (
            ('saudinewsnet', read_saudinewsnet(args.saudinewsnet)),
            ('ant', read_ant(args.ant))):
        counts = {}
        quote, no_quote = candidates(records, phrases, seed, forms, counts)
        quote = drop_excluded(quote, ids, texts, counts)
        no_quote = drop_excluded(no_quote, ids, texts, counts)
        need = per_corpus or (QUOTE_PER_CORPUS, NO_QUOTE_PER_CORPUS)
        if len(quote) < need[0] or len(no_quote) < need[1]:
            sys.exit('select: too few %s candidates' % name)
        print('%s: %d quote candidates, %d no-quote, excluded %s' %
              (name, len(quote), len(no_quote), counts or 'none'),
              file=sys.stderr)
        out.extend(draw(quote, no_quote, args.seed, per_corpus))
    with open(args.out, 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d articles to %s' % (len(out), args.out), file=sys.stderr)


KINDS = ('direct', 'partial', 'reported')
RANGE_SEP = ' <...> '


def parse_annotations(path):
    """Blocks: '# ARTICLE_ID' then item lines, tab-separated:
    kind, cue, speaker (alternatives after ' | '; '-' none), text, and an
    optional occurrence ('@2': the second occurrence of text in the
    article; default: the text must occur once). A text 'START <...> END'
    stands for the span from START to the end of the first END after it.
    A space in a text matches any run of spaces and no-break spaces.
    Lines starting with '//' are notes."""
    articles, current, order = {}, None, []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('//'):
                continue
            if line.startswith('# '):
                current = line[2:].strip()
                if current in articles:
                    sys.exit('%s:%d: %s annotated twice' % (path, n, current))
                articles[current] = []
                order.append(current)
                continue
            if current is None:
                sys.exit('%s:%d: item before any article' % (path, n))
            cols = line.split('\t')
            if len(cols) not in (4, 5) or cols[0] not in KINDS:
                sys.exit('%s:%d: expected kind, cue, speaker, text[, @n]' %
                         (path, n))
            occurrence = 0
            if len(cols) == 5:
                if not re.fullmatch(r'@[1-9][0-9]*', cols[4]):
                    sys.exit('%s:%d: bad occurrence %r' % (path, n, cols[4]))
                occurrence = int(cols[4][1:])
            speakers = [] if cols[2] == '-' else [
                s.strip() for s in cols[2].split('|')]
            articles[current].append({
                'line': n, 'kind': cols[0], 'cue': cols[1],
                'speakers': speakers, 'text': cols[3],
                'occurrence': occurrence})
    return articles, order


def space_pattern(needle):
    """A regex for `needle` in which a space matches any run of spaces and
    no-break spaces (the corpora have U+00A0 between words)."""
    parts = [re.escape(p) for p in re.split('[ \u00a0]+', needle)]
    return re.compile('[ \u00a0]+'.join(parts))


def find_occurrences(text, needle, start=0):
    """(begin, end) of each occurrence of `needle` at or after `start`."""
    pattern, out, pos = space_pattern(needle), [], start
    while True:
        m = pattern.search(text, pos)
        if not m:
            return out
        out.append((m.start(), m.end()))
        pos = m.start() + 1


def share_designations(items):
    """Items whose speakers share a designation (the same string) are one
    speaker: each gets all the designations, its own first."""
    groups = []  # sets of designations
    for item in items:
        names = {item['speaker']} | set(item.get('speaker_alt', []))
        names.discard('')
        if not names:
            continue
        merged = [g for g in groups if g & names]
        for g in merged:
            groups.remove(g)
            names |= g
        groups.append(names)
    for item in items:
        if not item['speaker']:
            continue
        group = next(g for g in groups if item['speaker'] in g)
        own = [item['speaker']] + item.get('speaker_alt', [])
        alt = own[1:] + sorted(group - set(own))
        if alt:
            item['speaker_alt'] = alt


def cmd_build(args):
    args.selection = args.selection or os.path.join(args.dir, 'selection.jsonl')
    args.annotations = args.annotations or os.path.join(args.dir,
                                                        'annotations.txt')
    args.out = args.out or os.path.join(args.dir, 'quotes_gold.jsonl')
    with open(args.selection, encoding='utf-8') as f:
        selection = [json.loads(line) for line in f if line.strip()]
    annotations, order = parse_annotations(args.annotations)
    by_id = {r['id']: r for r in selection}
    errors = []
    for article_id in order:
        if article_id not in by_id:
            errors.append('%s: not in the selection' % article_id)
    missing = [r['id'] for r in selection if r['id'] not in annotations]
    if missing and not args.partial:
        errors.append('not annotated yet: %s' % ', '.join(missing))
    out = []
    for r in selection:
        if r['id'] not in annotations:
            continue
        text = r['text']
        items = []
        for a in annotations[r['id']]:
            where = '%s:%d' % (args.annotations, a['line'])
            head, sep, tail = a['text'].partition(RANGE_SEP)
            hits = find_occurrences(text, head)
            if not hits:
                errors.append('%s: text not in %s: %s' %
                              (where, r['id'], a['text']))
                continue
            if a['occurrence'] == 0 and len(hits) > 1:
                errors.append('%s: text occurs %d times; add @n' %
                              (where, len(hits)))
                continue
            if a['occurrence'] > len(hits):
                errors.append('%s: no occurrence %d' %
                              (where, a['occurrence']))
                continue
            start, stop = hits[max(a['occurrence'], 1) - 1]
            if sep:
                ends = find_occurrences(text, tail, stop)
                if not ends:
                    errors.append('%s: end not found after the start: %s' %
                                  (where, tail))
                    continue
                stop = ends[0][1]
            a['text'] = text[start:stop]
            if a['text'] != a['text'].strip():
                errors.append('%s: text has surrounding spaces' % where)
            if any(c in QUOTE_MARKS for c in (a['text'][0], a['text'][-1])):
                errors.append('%s: marks are excluded from spans' % where)
            for s in a['speakers'] + ([a['cue']] if a['cue'] != '-' else []):
                if not find_occurrences(text, s):
                    errors.append('%s: not in the text: %s' % (where, s))
            begin = len(text[:start].encode('utf-8'))
            end = begin + len(a['text'].encode('utf-8'))
            item = {'kind': a['kind'], 'begin': begin, 'end': end,
                    'text': a['text'],
                    'cue': '' if a['cue'] == '-' else a['cue'],
                    'speaker': a['speakers'][0] if a['speakers'] else ''}
            if len(a['speakers']) > 1:
                item['speaker_alt'] = a['speakers'][1:]
            items.append(item)
        share_designations(items)
        items.sort(key=lambda x: (x['begin'], x['end']))
        rec = {k: r[k] for k in ('id', 'corpus', 'source', 'url', 'title',
                                 'pool', 'text')}
        rec['items'] = items
        out.append(rec)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(1)
    with open(args.out, 'w', encoding='utf-8') as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    counts = {k: sum(1 for r in out for x in r['items'] if x['kind'] == k)
              for k in KINDS}
    print('wrote %d articles, items %s, to %s' % (len(out), counts, args.out),
          file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    sub = parser.add_subparsers(dest='command', required=True)
    s = sub.add_parser('select', help='draw the articles')
    s.add_argument('--saudinewsnet',
                   default='/tmp/khabar-data/news-raw-saudinewsnet/json',
                   help='directory of SaudiNewsNet YYYY-MM-DD.json files')
    s.add_argument('--ant', default='/tmp/khabar-data/news-raw-antcorpus',
                   help='directory of ANT <category>/*.txt files')
    s.add_argument('--out', default=os.path.join(GOLD_DIR, 'selection.jsonl'))
    s.add_argument('--seed', type=int, default=SEED,
                   help='random seed (the held-out set: %d)' % SEED)
    s.add_argument('--counts', default='',
                   help='articles per corpus from the quote, no-quote and '
                   'quotation pools, "Q,N,QQ" (default %d,%d,%d)' %
                   (QUOTE_PER_CORPUS, NO_QUOTE_PER_CORPUS,
                    QUOTATION_PER_CORPUS))
    s.add_argument('--exclude', action='append', default=[],
                   help='selection.jsonl of an earlier set whose articles '
                   '(same id, or %d words in common) are not drawn; '
                   'repeatable' % EXCLUDE_SET_PHRASE_WORDS)
    s.set_defaults(run=cmd_select)
    b = sub.add_parser('build', help='merge the annotations into the gold')
    b.add_argument('--dir', default=GOLD_DIR,
                   help='the set\'s directory (default the held-out set); '
                   'the three paths below default to files in it')
    b.add_argument('--selection', help='default DIR/selection.jsonl')
    b.add_argument('--annotations', help='default DIR/annotations.txt')
    b.add_argument('--out', help='default DIR/quotes_gold.jsonl')
    b.add_argument('--partial', action='store_true',
                   help='allow articles without annotations (left out)')
    b.set_defaults(run=cmd_build)
    args = parser.parse_args()
    args.run(args)


if __name__ == '__main__':
    main()
