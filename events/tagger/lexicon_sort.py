#!/usr/bin/env python3
"""lexicon_sort.py: keeps lexicon.c in the order el__lex_find needs.

Sorts the entries between BEGIN SORTED and END SORTED by (length, bytes),
keeping the relative order of entries for the same word, and rewrites what
lies between BEGIN INDEX and END INDEX: a hash table with one slot per
word and no probing (hash and displace: el__lex_mix of the word's packed
bytes gives a base slot and a bucket, and the bucket's displacement, chosen
here so that no two words share a slot, is added to the base; it is stored
in bytes and the table has PAD slots past SIZE, so the slot's address is
two additions) whose slots
hold the word's key, 1 + its first entry, its length, number of entries,
class mask and start flag; and a filter (length, first letter, last
letter) that lets words skip the lookup.  el__lex_mix and el__lex_slot_of
in tagger_internal.h must compute what mix() and slot_of() do here.  Run
it after adding words:
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
SIZE = 2048    # EL__LEX_HASH_SIZE in tagger_internal.h
PAD = 128      # EL__LEX_HASH_PAD: slots past SIZE, so that base + displacement never wraps
SLOT = 32      # sizeof(el__lex_slot): el__lex_disp holds byte offsets
BUCKETS = 256  # EL__LEX_BUCKETS in tagger_internal.h


M64 = 0xFFFFFFFFFFFFFFFF


def mix(word):
    """el__lex_mix of the word's key (bytes packed little-endian): the
    64-bit hash and the key."""
    pad = word + bytes(16 - len(word))
    lo = int.from_bytes(pad[:8], 'little')
    hi = int.from_bytes(pad[8:16], 'little')
    h = ((lo * 0x9E3779B97F4A7C15) & M64) ^ ((hi * 0xC2B2AE3D27D4EB4F) & M64)
    return h, lo, hi


def base_bucket(h):
    """The base slot and the bucket of hash h (el__lex_slot_of)."""
    return (h >> 53) & (SIZE - 1), (h >> 45) & (BUCKETS - 1)


# Class numbers (enum el__lex_class in tagger_internal.h) and the classes
# a matcher may start with (START_CLASSES in lexicon.c), to store each
# word's class mask and start flag in its slot.
hdr = open(path.replace('lexicon.c', 'tagger_internal.h')).read()
enum = hdr[hdr.index('enum el__lex_class {'):]
enum = enum[:enum.index('};')]
names = re.findall(r'\b(LX_[A-Z]+)\b', enum)
classno = {nm: k + 1 for k, nm in enumerate(names)}
sc = src[src.index('#define START_CLASSES'):]
sc = sc[:sc.index('#define E(')]
start_classes = set(re.findall(r'\b(LX_[A-Z]+)\b', sc))
info = {}
for r in rows:
    m = re.match(r'(ES?)\("[^"]+", (LX_[A-Z]+),', r[3].strip())
    if not m:
        sys.exit('bad line: ' + r[3])
    cls, starts = info.get(r[1], (0, 0))
    cls |= 1 << classno[m.group(2)]
    if m.group(1) == 'ES' or m.group(2) in start_classes:
        starts = 1
    info[r[1]] = (cls, starts)
# Words by bucket; the fullest buckets are placed first, each with the
# smallest displacement that puts all its words on free slots.
buckets = [[] for _ in range(BUCKETS)]
seen = set()
for i, r in enumerate(rows):
    if r[1] in seen:
        continue
    seen.add(r[1])
    count = sum(1 for q in rows if q[1] == r[1])
    hv, lo, hi = mix(r[1])
    base, bucket = base_bucket(hv)
    buckets[bucket].append((base, (lo, hi, info[r[1]][0], i + 1, len(r[1]), count, info[r[1]][1])))
table = [None] * (SIZE + PAD)
disp = [0] * BUCKETS
for b in sorted(range(BUCKETS), key=lambda b: (-len(buckets[b]), b)):
    if not buckets[b]:
        continue
    for d in range(PAD + 1):
        slots = [base + d for base, _ in buckets[b]]
        if len(set(slots)) == len(slots) and all(table[k] is None for k in slots):
            break
    else:
        sys.exit('no displacement for bucket %d: make SIZE or PAD larger' % b)
    disp[b] = d
    for k, (_, slot) in zip(slots, buckets[b]):
        table[k] = slot
body = '#define LEX_MAXLEN %d\n#define LEX_HASH_SIZE %d\n' % (maxlen, SIZE)
body += '_Static_assert(LEX_HASH_SIZE == EL__LEX_HASH_SIZE, "tagger_internal.h says another size");\n'
body += 'const lex_slot el__lex_hash[EL__LEX_HASH_SIZE + EL__LEX_HASH_PAD] = {\n'
for k in range(0, SIZE + PAD, 2):
    body += '    ' + ' '.join('{0x%xull, 0x%xull, 0x%x, %d, %d, %d, %d},' % (t if t else (0, 0, 0, 0, 0, 0, 0))
                             for t in table[k:k + 2]) + '\n'
body += '};\n'
body += 'const uint16_t el__lex_disp[EL__LEX_BUCKETS] = {\n'
for k in range(0, BUCKETS, 16):
    body += '    ' + ' '.join('%d,' % (v * SLOT) for v in disp[k:k + 16]) + '\n'
body += '};\n'
# Filter for the scanner: bit (last letter) of row [length][first letter]
# is set when some all-letter word of that length starts and ends so.
FLEN = 16
assert maxlen < FLEN and maxlen <= 16
filt = [[0] * 26 for _ in range(FLEN)]
for r in rows:
    w = r[1]
    if all(97 <= ch <= 122 for ch in w):
        filt[len(w)][w[0] - 97] |= 1 << (w[-1] - 97)
body += 'const uint32_t el__lex_filter[EL__LEX_FILTER_LEN][26] = {\n'
for n in range(FLEN):
    body += '    {' + ', '.join('0x%x' % v for v in filt[n]) + '},\n'
body += '};\n'
a = src.index('/* BEGIN INDEX */\n') + len('/* BEGIN INDEX */\n')
b = src.index('/* END INDEX */')
src = src[:a] + body + src[b:]
open(path, 'w').write(src)
print('%d entries, max length %d' % (len(rows), maxlen))
