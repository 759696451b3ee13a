"""ROC AUC and best F1 over all thresholds of each model's cosine, over all pairs and over the pairs of sentences
that are both in some fact; and the quantiles of its cosines for other and same-fact pairs."""
import math, os, sys
work, models = sys.argv[1], sys.argv[2:]
pairs = [line.rstrip('\n').split('\t') for line in open(os.path.join(work, 'pairs.tsv'))]
def vectors(name):
    found = {}
    for line in open(os.path.join(work, f'vec-{name}.tsv')):
        fields = line.split('\t')
        v = [float(x) for x in fields[1:]]
        norm = math.sqrt(sum(x * x for x in v)) or 1.0
        found[int(fields[0])] = [x / norm for x in v]
    return found
def auc(scores, labels):
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    rank = [0] * len(scores)
    for r, i in enumerate(order):
        rank[i] = r + 1
    p = sum(labels); n = len(labels) - p
    return (sum(rank[i] for i in range(len(labels)) if labels[i]) - p * (p + 1) / 2) / (p * n)
def best_f1(scores, labels):
    ranked = sorted(zip(scores, labels), reverse=True); p = sum(labels); tp = 0; best = (0.0, 0.0)
    for k, (score, label) in enumerate(ranked):
        tp += label
        precision, recall = tp / (k + 1), tp / p
        if precision + recall and 2 * precision * recall / (precision + recall) > best[0]:
            best = (2 * precision * recall / (precision + recall), score)
    return best
for name in models:
    v = vectors(name)
    scores, labels, in_facts, in_labels = [], [], [], []
    for slug, a, b, same, fa, fb in pairs:
        cosine = sum(x * y for x, y in zip(v[int(a)], v[int(b)]))
        scores.append(cosine); labels.append(int(same))
        if fa == '1' and fb == '1':
            in_facts.append(cosine); in_labels.append(int(same))
    other = sorted(s for s, l in zip(scores, labels) if not l)
    same = sorted(s for s, l in zip(scores, labels) if l)
    q = lambda values, f: values[int(f * (len(values) - 1))]
    print('%-7s AUC %.3f, best F1 %.3f at %.2f | pairs in facts: AUC %.3f, best F1 %.3f at %.2f' % (
        name, auc(scores, labels), *best_f1(scores, labels), auc(in_facts, in_labels), *best_f1(in_facts, in_labels)))
    print('        other pairs p10 / p50 / p90 / p99 %.2f %.2f %.2f %.2f; same-fact p10 / p50 / p90 %.2f %.2f %.2f' % (
        q(other, .1), q(other, .5), q(other, .9), q(other, .99), q(same, .1), q(same, .5), q(same, .9)))
