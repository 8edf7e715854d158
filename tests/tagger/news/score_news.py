#!/usr/bin/env python3
"""score_news.py: the tagger on the project's own hand-annotated news.

Usage: score_news.py TAG_DIR ARTICLES WORKDIR [--errors]

ARTICLES holds articles written for eventline (1995-2023 wire, broadcast, business,
sports, science and obituary copy), each opened by a line "@@@ NAME DCT" and
annotated inline as [[text|TYPE|value]] following the TimeML/TempEval-3
conventions.  The script strips the markup into WORKDIR/in/NAME.txt (+ .dct),
runs TAG_DIR on them, and scores the result against the markup:
  strict   an extent equal to the gold one
  relaxed  an overlapping extent (each gold and system timex used once)
  value    relaxed and the same TIMEX3 value (2 * correct / (gold + system))
It fails (exit 1) when a score drops below its floor; the floors sit a
little under the scores reached when they were set, so a change that makes
the tagger worse on news it was not tuned on shows up here.
"""
import json
import os
import re
import shutil
import subprocess
import sys

FLOORS = {'strict': 95.0, 'relaxed': 98.2, 'value': 91.8}
MARK = re.compile(r'\[\[(.*?)\|(DATE|TIME|DURATION|SET)\|(.*?)\]\]')


def split_articles(path):
    """Returns [(name, dct, text, gold)] with gold as (start, end, type, value)
    in byte offsets of the stripped text."""
    docs = []
    for chunk in re.split(r'^@@@ ', open(path, encoding='utf-8').read(), flags=re.M)[1:]:
        head, body = chunk.split('\n', 1)
        name, dct = head.split()
        text, gold, pos = '', [], 0
        for m in MARK.finditer(body):
            text += body[pos:m.start()]
            start = len(text.encode('utf-8'))
            text += m.group(1)
            gold.append((start, len(text.encode('utf-8')), m.group(2), m.group(3)))
            pos = m.end()
        text += body[pos:]
        docs.append((name, dct, text, gold))
    return docs


def f1(hits_p, n_sys, hits_r, n_gold):
    p = hits_p / n_sys if n_sys else 1.0
    r = hits_r / n_gold if n_gold else 1.0
    return 100.0 * 2 * p * r / (p + r) if p + r else 0.0


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    tag_dir, articles, work = sys.argv[1:4]
    show = '--errors' in sys.argv
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, 'in'))
    os.makedirs(os.path.join(work, 'out'))
    docs = split_articles(articles)
    for name, dct, text, _ in docs:
        with open(os.path.join(work, 'in', name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(work, 'in', name + '.dct'), 'w') as f:
            f.write(dct + '\n')
    subprocess.run([tag_dir, os.path.join(work, 'in'), os.path.join(work, 'out')],
                   check=True, stdout=subprocess.DEVNULL)
    n_gold = n_sys = strict = relaxed = value = 0
    for name, _, text, gold in docs:
        out = json.load(open(os.path.join(work, 'out', name + '.json'), encoding='utf-8'))
        raw = text.encode('utf-8')
        # tag_dir writes code-point offsets; turn them into byte offsets
        cp = [len(text[:i].encode('utf-8')) for i in range(len(text) + 1)]
        sys_tx = [(cp[t['start']], cp[t['end']], t['type'], t['value']) for t in out['timexes']]
        n_gold += len(gold)
        n_sys += len(sys_tx)
        used = set()
        for g in gold:
            match = None
            for k, s in enumerate(sys_tx):
                if k not in used and s[0] < g[1] and g[0] < s[1]:
                    match = k
                    break
            if match is None:
                if show:
                    print('%s FN %r %s %s' % (name, raw[g[0]:g[1]].decode(), g[2], g[3]))
                continue
            used.add(match)
            s = sys_tx[match]
            relaxed += 1
            strict += s[0] == g[0] and s[1] == g[1]
            value += s[3] == g[3]
            if show and (s[3] != g[3] or s[:2] != g[:2]):
                print('%s %r gold %r %s, got %r %s' % (name, raw[g[0]:g[1]].decode(), raw[g[0]:g[1]].decode(),
                                                     g[3], raw[s[0]:s[1]].decode(), s[3]))
        if show:
            for k, s in enumerate(sys_tx):
                if k not in used:
                    print('%s FP %r %s %s' % (name, raw[s[0]:s[1]].decode(), s[2], s[3]))
    scores = {'strict': f1(strict, n_sys, strict, n_gold),
              'relaxed': f1(relaxed, n_sys, relaxed, n_gold),
              'value': 100.0 * 2 * value / (n_gold + n_sys) if n_gold + n_sys else 100.0}
    bad = 0
    print('%d articles, gold %d, system %d' % (len(docs), n_gold, n_sys))
    for k, floor in FLOORS.items():
        ok = scores[k] >= floor
        bad += not ok
        print('%-8s F1 %6.2f  floor %6.2f  %s' % (k, scores[k], floor, 'ok' if ok else 'BELOW FLOOR'))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
