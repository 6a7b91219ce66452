#!/usr/bin/env python3
"""Agreement between two sets of hand-coded articles (inter-coder agreement).

usage: scripts/agreement.py [--json] REF_DIR OTHER_DIR

Both directories hold annotation files in the tests/gold format (see
tests/gold/README.md).  Files are paired by file name; a file found in only
one directory is reported on stderr and left out.  OTHER is scored against
REF, the way `newsev eval` scores the extractor against the gold set:

  events (source, target, root)  CAMEO root = first two digits of the code
  events (full CAMEO code)       (source, target, full code)
  times (text, value)
  quotes (speaker, first 5 words)  both lower-cased, spaces collapsed
  entities (text, kind)

Each key is counted per article as a multiset: a key that occurs twice on
one side and once on the other gives one match.  Counts are summed over the
articles (micro average), then precision = matched / OTHER, recall =
matched / REF, F1 their harmonic mean.  The table is printed for all
articles, then for each language (the article's `lang`).  With two human
coders, P and R are symmetric (swap the directories to swap them), and F1 is
the agreement figure.  With --json, one JSON object instead of the tables:
{"articles": N, "all": {measure: {"ref", "other", "matched", "precision",
"recall", "f1"}}, "<lang>": {...}}.

Standard library only.
"""
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    """Lower case, runs of white space made one space, ends trimmed."""
    return " ".join(str(s).lower().split())


def keys(doc):
    """The multiset of keys of each measure for one annotated article."""
    ev = doc.get("events", [])
    return {
        "events (source, target, root)": Counter(
            (e["source"], e["target"], e["cameo"][:2]) for e in ev),
        "events (full CAMEO code)": Counter(
            (e["source"], e["target"], e["cameo"]) for e in ev),
        "times (text, value)": Counter(
            (t["text"], t["value"]) for t in doc.get("times", [])),
        "quotes (speaker, 5 words)": Counter(
            (norm(q["speaker"]), " ".join(norm(q["text"]).split()[:5]))
            for q in doc.get("quotes", [])),
        "entities (text, kind)": Counter(
            (n["text"], n["kind"]) for n in doc.get("entities", [])),
    }


def article_of(doc):
    """The article object, inline or from `article_file` (repo-relative)."""
    if "article" in doc:
        return doc["article"]
    with open(os.path.join(ROOT, doc["article_file"]), encoding="utf-8") as f:
        return json.load(f)


def load(d):
    out = {}
    for name in sorted(os.listdir(d)):
        if name.endswith(".json"):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                out[name] = json.load(f)
    return out


def prf(m, nref, noth):
    p = m / noth if noth else 0.0
    r = m / nref if nref else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(title, totals, n_articles):
    print("== %s (%d articles)" % (title, n_articles))
    print("%-31s %5s %5s %5s %7s %7s %7s"
          % ("", "ref", "other", "match", "P", "R", "F1"))
    for measure, (m, nref, noth) in totals.items():
        p, r, f = prf(m, nref, noth)
        print("%-31s %5d %5d %5d %7.3f %7.3f %7.3f"
              % (measure, nref, noth, m, p, r, f))
    print()


def as_json(groups, counts):
    """The totals as one JSON object (see the module docstring)."""
    out = {"articles": counts["all"]}
    for g, tot in groups.items():
        out[g] = {}
        for measure, (m, nref, noth) in tot.items():
            p, r, f = prf(m, nref, noth)
            out[g][measure] = {"ref": nref, "other": noth, "matched": m,
                               "precision": round(p, 4),
                               "recall": round(r, 4), "f1": round(f, 4)}
    return json.dumps(out, ensure_ascii=False)


def main(argv):
    as_js = len(argv) > 1 and argv[1] == "--json"
    if as_js:
        argv = argv[:1] + argv[2:]
    if len(argv) != 3:
        sys.stderr.write("usage: %s [--json] REF_DIR OTHER_DIR\n" % argv[0])
        return 2
    for d in argv[1:]:
        if not os.path.isdir(d):
            sys.stderr.write("agreement: %s is not a directory\n" % d)
            return 2
    ref, oth = load(argv[1]), load(argv[2])
    for name in sorted(set(ref) ^ set(oth)):
        sys.stderr.write("agreement: %s is in only one directory, skipped\n"
                         % name)
    groups = {}  # "all" and each language -> {measure: [matched, ref, other]}
    counts = Counter()
    for name in sorted(set(ref) & set(oth)):
        lang = article_of(ref[name]).get("lang", "?")
        kr, ko = keys(ref[name]), keys(oth[name])
        for g in ("all", lang):
            counts[g] += 1
            tot = groups.setdefault(g, {})
            for measure in kr:
                t = tot.setdefault(measure, [0, 0, 0])
                t[0] += sum((kr[measure] & ko[measure]).values())
                t[1] += sum(kr[measure].values())
                t[2] += sum(ko[measure].values())
    if not counts:
        sys.stderr.write("agreement: no file pairs\n")
        return 1
    if as_js:
        print(as_json(groups, counts))
        return 0
    table("all articles: %s against %s" % (argv[2], argv[1]),
          groups["all"], counts["all"])
    for g in sorted(k for k in groups if k != "all"):
        table("lang %s" % g, groups[g], counts[g])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
