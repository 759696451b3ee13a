#!/usr/bin/env python3
"""The hand check of firm disagreement flags on real coverage the development corpus does not hold (README "Quality,
measured on real coverage"): lays BASIL events out as Parallax imports them, then lists every firm flag a running
Parallax shows, for a reader to judge.

    git clone https://github.com/launchnlp/BASIL /tmp/basil
    python3 src/test/scripts/firm-flags.py layout /tmp/basil /tmp/unseen      # events no corpus article comes from
    PARALLAX_SEEDS_LOCATION=/tmp/unseen java -jar target/parallax-0.1.0-SNAPSHOT.jar   # imports them at start-up
    python3 src/test/scripts/firm-flags.py flags http://localhost:8080 > flags.txt

`layout` writes one folder per event (three articles: Fox News, The New York Times, HuffPost; each file the headline,
a "Published" line from the dataset's date, the body paragraphs), skipping every event an article of
src/test/resources/corpus comes from. Stop 28 read the 61 events that takes (every event whose position among them is
0, 1, 2, 3, 4 or 6 modulo 8; `--every` keeps all). An experiment, not part of the build; Python 3 only.
"""
import collections, datetime, glob, json, os, re, sys, urllib.request

OUTLETS = {"nyt": "new-york-times", "fox": "fox-news", "hpo": "huffpost"}
KEPT = {0, 1, 2, 3, 4, 6}


def layout(basil, target, every=False):
    here = os.path.dirname(os.path.abspath(__file__))
    readme = open(os.path.join(here, "..", "resources", "corpus", "README.md"), encoding="utf-8").read()
    used = set(re.findall(r"https?://[^\s|]+", readme))
    events = collections.defaultdict(list)
    for name in glob.glob(os.path.join(basil, "articles", "*", "*.json")):
        article = json.load(open(name, encoding="utf-8"))
        events[article["triplet-uuid"]].append(article)
    position = 0
    for uuid in sorted(events):
        articles = events[uuid]
        if len(articles) != 3 or any(a["url"] in used for a in articles):
            continue
        position += 1
        if not every and position % 8 not in KEPT:
            continue
        year = articles[0]["date"][:4]
        slug = "".join(c if c.isalnum() else "-" for c in (year + "-" + articles[0]["main-event"][:40]).lower()).strip("-")
        if len(slug) < 6:
            slug = year + "-event-" + uuid[:6]
        os.makedirs(os.path.join(target, slug), exist_ok=True)
        for a in articles:
            day = datetime.date.fromisoformat(a["date"])
            body = "\n\n".join(" ".join(p) for p in a["body-paragraphs"])
            with open(os.path.join(target, slug, OUTLETS.get(a["source"], a["source"]) + ".txt"), "w",
                      encoding="utf-8") as out:
                out.write(f"{a['title']}\n\nPublished {day.day} {day.strftime('%B %Y')}\n\n{body}\n")


def flags(base):
    def get(path):
        with urllib.request.urlopen(base + path) as response:
            return json.load(response)
    total = 0
    for story in get("/api/stories"):
        page = 1
        while True:
            claims = get(f"/api/stories/{story['slug']}/claims?page={page}&size=500")
            for claim in claims:
                for difference in claim["differences"]:
                    if difference["firm"]:
                        total += 1
                        print(f"{story['slug']} | claim {claim['id']} | {difference['kind']} | "
                              + json.dumps(difference["values"], ensure_ascii=False))
            if len(claims) < 500:
                break
            page += 1
    print(f"{total} firm flags")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "layout":
        layout(sys.argv[2], sys.argv[3], "--every" in sys.argv)
    elif len(sys.argv) == 3 and sys.argv[1] == "flags":
        flags(sys.argv[2].rstrip("/"))
    else:
        sys.exit(__doc__)
