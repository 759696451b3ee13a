#!/usr/bin/env python3
"""How far the signals Parallax has at hand can tell two sentences of one fact apart from the rest (README "How far
the claims' signals can go"): every pair of sentences of two different articles of one development-corpus event, a
pair positive when the readers put both in one fact (src/test/resources/corpus/*/expected.json). Prints each
signal's best pairwise F1 over all thresholds, a logistic regression's on all of them scored event by event (trained
on the other events), and the shipped grouping's pairs for comparison.

It reads the `evaluation` schema that CorpusEvaluationTest leaves in its database (run that first):
    ./mvnw test -Dtest=CorpusEvaluationTest
    python3 src/test/scripts/claim-pair-ceiling.py [database]      (default parallax_test; needs psql and numpy)
An experiment, not part of the build.
"""
import collections, glob, itertools, json, math, os, re, subprocess, sys
import numpy as np

DATABASE = sys.argv[1] if len(sys.argv) > 1 else "parallax_test"
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "corpus")
STOP = set("a an the of and or for to in on at by with from as is are was were be been has have had that this it its "
           "he she they his her their who which said says not but also will would after before over about into than "
           "more".split())


def query(sql):
    out = subprocess.run(["psql", "-U", "parallax", "-h", "localhost", DATABASE, "-At", "-F", "\t", "-c", sql],
                         capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


stories = {r[1]: int(r[0]) for r in query("select id, folder_key from evaluation.story")}
sentences = {int(r[0]): (int(r[1]), r[2], int(r[3]), r[4]) for r in query(
    "select s.id, a.story_id, a.source_file, s.position, s.text from evaluation.sentence s "
    "join evaluation.article a on a.id = s.article_id where a.retired_at is null")}
vectors = {int(r[0]): np.array([float(x) for x in r[1].strip("{}").split(",")])
           for r in query("select sentence_id, vector from evaluation.sentence_embedding")}
claims = collections.defaultdict(set)
for r in query("select claim_id, sentence_id from evaluation.claim_member"):
    claims[int(r[0])].add(int(r[1]))


def cross_article_pairs(ids):
    return {frozenset(p) for p in itertools.combinations(ids, 2) if sentences[p[0]][1] != sentences[p[1]][1]}


def member(story, file, opening):
    return next((sid for sid, (st, f, _, t) in sentences.items()
                 if st == story and f.endswith(file) and t.startswith(opening)), None)


wanted = set()
annotated = set()
for path in glob.glob(os.path.join(CORPUS, "*", "expected.json")):
    story = next((v for k, v in stories.items() if k.endswith(os.path.basename(os.path.dirname(path)))), None)
    if story is None:
        continue
    annotated.add(story)
    for fact in json.load(open(path, encoding="utf-8"))["facts"]:
        wanted |= cross_article_pairs([i for i in (member(story, f, o) for f, o in fact["members"]) if i])
shipped = set().union(*(cross_article_pairs(m) for m in claims.values()
                         if sentences[next(iter(m))][0] in annotated))


def cosine(a, b):
    return float(vectors[a] @ vectors[b] / np.linalg.norm(vectors[a]) / np.linalg.norm(vectors[b]))


def words(text):
    return {re.sub(r"(ing|ed|es|s)$", "", w) if len(w) > 4 else w
            for w in (w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]+|\d[\d,.]*", text)) if w not in STOP}


by_story = collections.defaultdict(list)
for sid, (story, _, _, _) in sentences.items():
    if story in annotated:
        by_story[story].append(sid)
features, labels, groups = [], [], []
for story, ids in by_story.items():
    own = {i: words(sentences[i][3]) for i in ids}
    df = collections.Counter(w for i in ids for w in own[i])
    idf = {w: math.log(len(ids) / df[w]) for w in df}
    names = {i: set(re.findall(r"\b[A-Z][a-z]+", sentences[i][3][1:])) for i in ids}
    numbers = {i: set(re.findall(r"\d[\d,.]*", sentences[i][3])) for i in ids}
    length = collections.Counter(sentences[i][1] for i in ids)
    for a, b in itertools.combinations(ids, 2):
        if sentences[a][1] == sentences[b][1]:
            continue
        shared = sum(idf[w] for w in own[a] & own[b])
        overlap = shared / max(1e-9, sum(idf[w] for w in own[a] | own[b]))
        containment = shared / max(1e-9, min(sum(idf[w] for w in own[a]), sum(idf[w] for w in own[b])))
        places = sorted(sentences[i][2] / max(1, length[sentences[i][1]]) for i in (a, b))
        c = cosine(a, b)
        features.append([c, overlap, containment, len(names[a] & names[b]), bool(numbers[a] & numbers[b]),
                         places[0], places[1], c * overlap, min(len(own[a]), len(own[b])) / 30])
        labels.append(frozenset((a, b)) in wanted)
        groups.append(story)
X, y, g = np.array(features, float), np.array(labels, float), np.array(groups)


def fit(X, y, l2=1e-3, steps=3000, rate=0.5):
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = np.c_[(X - mu) / sd, np.ones(len(X))]
    w = np.zeros(Z.shape[1])
    weight = np.where(y == 1, ((len(y) - y.sum()) / y.sum()) ** 0.5, 1.0)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-Z @ w))
        w -= rate * (Z.T @ ((p - y) * weight) / len(y) + l2 * w)
    return lambda X2: 1 / (1 + np.exp(-(np.c_[(X2 - mu) / sd, np.ones(len(X2))] @ w)))


def best_f1(score, y):
    order = np.argsort(-score)
    found = np.cumsum(y[order])
    precision, recall = found / np.arange(1, len(y) + 1), found / y.sum()
    return float((2 * precision * recall / np.maximum(precision + recall, 1e-9)).max())


held_out = np.zeros(len(y))
for story in np.unique(g):
    model = fit(X[g != story], y[g != story])
    held_out[g == story] = model(X[g == story])
print(f"{len(y)} pairs, {int(y.sum())} in one reader's fact")
print(f"best F1, MiniLM cosine alone:              {best_f1(X[:, 0], y):.3f}")
print(f"best F1, story-weighted word overlap:       {best_f1(X[:, 1], y):.3f}")
print(f"best F1, logistic regression, event held out: {best_f1(held_out, y):.3f}")
right = len(shipped & wanted)
p, r = right / max(1, len(shipped)), right / max(1, len(wanted))
print(f"shipped grouping (the evaluation matches members by its own rule): P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")
