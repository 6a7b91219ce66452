#!/usr/bin/env python3
# A strict reader of the Prometheus text exposition format 0.0.4, for the
# integration tests: prom_check.py FILE parses FILE (a /metrics body) and
# prints one normalised line per sample, "name{k="v",...} value" with the
# labels sorted, or exits 1 with the line number and the rule broken.
#
# Checked: HELP/TYPE syntax and at most one of each per family, TYPE before
# the family's samples; metric and label names; label value escapes (\\ \"
# \n only); values (floats, +Inf, -Inf, NaN); optional integer timestamps;
# a family's samples contiguous; no duplicate series; counters >= 0;
# histograms: _bucket samples with an le label, le increasing, counts
# cumulative, a final le="+Inf" bucket equal to _count, and a _sum.
import re
import sys

NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
LNAME = r"[a-zA-Z_][a-zA-Z0-9_]*"
LVAL = r'"(?:[^"\\\n]|\\[\\"n])*"'
PAIR = r"(%s)=(%s)" % (LNAME, LVAL)
PAIR_NC = r"%s=%s" % (LNAME, LVAL)
LABELS = r"\{(?:%s(?:,%s)*,?)?\}" % (PAIR_NC, PAIR_NC)
SAMPLE = re.compile(r"(%s)(%s)? (\S+)(?: (-?[0-9]+))?" % (NAME, LABELS))
FLOAT = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?"
                   r"|[-+]?Inf|NaN")
TYPES = ("counter", "gauge", "histogram", "summary", "untyped")


class Bad(Exception):
    pass


def unescape(v):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1),
                  v[1:-1])


def value(s):
    if not FLOAT.fullmatch(s):
        raise Bad("bad value %r" % s)
    return float(s.replace("Inf", "inf").replace("NaN", "nan"))


def family_of(name, fams):
    if name in fams and "type" in fams[name]:
        return name, ""
    for suf in ("_bucket", "_sum", "_count"):
        base = name[: -len(suf)]
        if name.endswith(suf) and fams.get(base, {}).get("type") in (
                "histogram", "summary"):
            return base, suf
    raise Bad("sample %s before its family's TYPE line" % name)


def comment(line, fams):
    m = re.fullmatch(r"# (HELP|TYPE) (%s) (.*)" % NAME, line)
    if not m:
        if line.startswith("# HELP") or line.startswith("# TYPE"):
            raise Bad("malformed %s line" % line[2:6])
        return  # other comments are allowed
    kind, name, rest = m.groups()
    kind = kind.lower()
    f = fams.setdefault(name, {"samples": []})
    if kind in f:
        raise Bad("second %s for %s" % (kind, name))
    if kind == "type":
        if rest not in TYPES:
            raise Bad("unknown type %r" % rest)
        if f["samples"]:
            raise Bad("TYPE of %s after its samples" % name)
    elif re.search(r"\\[^\\n]", rest):
        raise Bad("bad escape in HELP of %s" % name)
    f[kind] = rest


def parse(text):
    if text and not text.endswith("\n"):
        raise Bad("no newline at the end")
    fams, done, cur, seen = {}, set(), None, set()
    for ln, line in enumerate(text.split("\n")[:-1], 1):
        try:
            if line.startswith("#"):
                comment(line, fams)
                continue
            m = SAMPLE.fullmatch(line)
            if not m:
                raise Bad("not a sample line")
            name, labels, val = m.group(1), m.group(2) or "{}", m.group(3)
            lab = {}
            for k, v in re.findall(PAIR, labels):
                if k in lab:
                    raise Bad("label %s twice" % k)
                lab[k] = unescape(v)
            base, suf = family_of(name, fams)
            if base != cur:
                if base in done:
                    raise Bad("samples of %s not contiguous" % base)
                if cur is not None:
                    done.add(cur)
                cur = base
            key = (name, tuple(sorted(lab.items())))
            if key in seen:
                raise Bad("duplicate series")
            seen.add(key)
            fams[base]["samples"].append((suf, lab, value(val)))
        except Bad as e:
            raise Bad("line %d: %s: %r" % (ln, e, line))
    for name, f in fams.items():
        check_family(name, f)
    return fams


def check_family(name, f):
    t = f.get("type", "untyped")
    if t == "counter" and any(v < 0 for _, _, v in f["samples"]):
        raise Bad("%s: negative counter" % name)
    if t != "histogram":
        return
    series = {}
    for suf, lab, v in f["samples"]:
        rest = tuple(sorted((k, x) for k, x in lab.items() if k != "le"))
        s = series.setdefault(rest, {"b": [], "sum": None, "count": None})
        if suf == "_bucket":
            if "le" not in lab:
                raise Bad("%s: bucket without le" % name)
            s["b"].append((value(lab["le"]), v))
        elif suf in ("_sum", "_count"):
            s[suf[1:]] = v
        else:
            raise Bad("%s: histogram sample without a suffix" % name)
    for rest, s in series.items():
        b = s["b"]
        if not b or b[-1][0] != float("inf"):
            raise Bad("%s%s: no final le=\"+Inf\" bucket" % (name, rest))
        for (l0, c0), (l1, c1) in zip(b, b[1:]):
            if not l1 > l0 or c1 < c0:
                raise Bad("%s%s: buckets not increasing/cumulative" % (name, rest))
        if s["count"] is None or s["sum"] is None:
            raise Bad("%s%s: _sum or _count missing" % (name, rest))
        if s["count"] != b[-1][1]:
            raise Bad("%s%s: _count %g != +Inf bucket %g" % (name, rest,
                      s["count"], b[-1][1]))


def main():
    try:
        fams = parse(open(sys.argv[1], encoding="utf-8").read())
    except (Bad, UnicodeDecodeError) as e:
        sys.stderr.write("invalid exposition: %s\n" % e)
        sys.exit(1)
    for name, f in fams.items():
        print("# family %s %s" % (name, f.get("type", "untyped")))
        for suf, lab, v in f["samples"]:
            ls = ",".join('%s="%s"' % kv for kv in sorted(lab.items()))
            print("%s%s{%s} %.17g" % (name, suf, ls, v))


if __name__ == "__main__":
    main()
