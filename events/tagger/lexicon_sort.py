#!/usr/bin/env python3
"""lexicon_sort.py: keeps lexicon.c in the order el__lex_find needs.

Sorts the entries between BEGIN SORTED and END SORTED by (length, bytes),
keeping the relative order of entries for the same word, and rewrites the
bucket index (first entry of each (length, first letter) bucket) between
BEGIN INDEX and END INDEX.  Run it after adding words:
    python3 events/tagger/lexicon_sort.py events/tagger/lexicon.c
The tagger's unit test checks the order and the index.
"""
import re
import sys

path = sys.argv[1]
src = open(path).read()
a = src.index('/* BEGIN SORTED */\n') + len('/* BEGIN SORTED */\n')
b = src.index('/* END SORTED */')
rows = []
for line in src[a:b].split('\n'):
    if not line.strip():
        continue
    m = re.match(r'ES?\("([^"]+)",', line)
    if not m:
        sys.exit('bad line: ' + line)
    rows.append((len(m.group(1)), m.group(1).encode(), len(rows), line))
rows.sort(key=lambda r: (r[0], r[1], r[2]))
src = src[:a] + '\n'.join(r[3] for r in rows) + '\n' + src[b:]
maxlen = max(r[0] for r in rows)
starts = []
i = 0
for n in range(1, maxlen + 1):
    for c in range(26):
        ch = ord('a') + c
        while i < len(rows) and (rows[i][0], rows[i][1][0]) < (n, ch):
            i += 1
        starts.append(i)
starts.append(len(rows))
body = '#define LEX_MAXLEN %d\nstatic const uint16_t lex_bucket[LEX_MAXLEN * 26 + 1] = {\n' % maxlen
for k in range(0, len(starts), 13):
    body += '    ' + ', '.join(str(v) for v in starts[k:k + 13]) + ',\n'
body += '};\n'
a = src.index('/* BEGIN INDEX */\n') + len('/* BEGIN INDEX */\n')
b = src.index('/* END INDEX */')
src = src[:a] + body + src[b:]
open(path, 'w').write(src)
print('%d entries, max length %d' % (len(rows), maxlen))
