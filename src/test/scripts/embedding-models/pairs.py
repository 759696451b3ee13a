"""Writes pairs.tsv: every pair of sentences of two articles of one event, whether the readers put both in one fact,
and whether each is in some fact. Members are found by their opening, as the evaluation finds them."""
import collections, itertools, json, os, sys
work, corpus = sys.argv[1], sys.argv[2]
sentences = collections.defaultdict(list)
for line in open(os.path.join(work, 'sentences.tsv'), encoding='utf-8'):
    slug, file, sid, position, text = line.rstrip('\n').split('\t')
    sentences[(slug, file)].append((int(sid), text))
def find(slug, file, opening):
    for sid, text in sentences[(slug, file)]:
        if text.replace('\u2019', "'").startswith(opening.replace('\u2019', "'")):
            return sid
    return None
positives = negatives = missing = 0
with open(os.path.join(work, 'pairs.tsv'), 'w') as out:
    for slug in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, slug, 'expected.json')
        if not os.path.exists(path):
            continue
        facts_of = collections.defaultdict(set)
        for n, fact in enumerate(json.load(open(path, encoding='utf-8'))['facts']):
            for file, opening in fact['members']:
                sid = find(slug, file, opening)
                if sid is None:
                    missing += 1
                else:
                    facts_of[sid].add(n)
        articles = [key for key in sentences if key[0] == slug]
        for a, b in itertools.combinations(articles, 2):
            for sa, _ in sentences[a]:
                for sb, _ in sentences[b]:
                    same = 1 if facts_of[sa] & facts_of[sb] else 0
                    positives += same
                    negatives += 1 - same
                    out.write(f"{slug}\t{sa}\t{sb}\t{same}\t{int(bool(facts_of[sa]))}\t{int(bool(facts_of[sb]))}\n")
print(f'pairs: {positives} same-fact, {negatives} other; {missing} readers\' members not found by their opening')
