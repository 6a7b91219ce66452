#!/usr/bin/env python3
"""Summarize bench/run.sh measurements (one JSON object a line, each
{"label": ..., "data": {...}}): medians over the runs, the two ratios of
issue 7, a short table on stdout and the JSON results file.

  summary.py --newsevd-rate RESULTS       half newsevd's median rate so far
  summary.py [--meta k=v ...] --json OUT RESULTS
"""
import json
import statistics
import sys

E2E = ("passthrough", "newsevd_noextract", "newsevd")


def load(path):
    rows = {}
    with open(path) as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                rows.setdefault(r["label"], []).append(r["data"])
    return rows


def e2e_rates(d):
    """Steady rate and wall rate (start -> last seen). The steady rate is
    outputs over the time between the CreateTimes of the first and the last
    output (when the contender produced them); results from before count.c
    read those use the polls that first saw output and saw the last."""
    wall = d["count"] / (d["done"] - d["start"])
    if "ts_first" in d and "ts_last" in d:
        span = d["ts_last"] - d["ts_first"]
        steady = (d["count"] - 1) / span if span > 0 else wall
    else:
        span = d["done"] - d["first"]
        steady = (d["count"] - d["at_first"]) / span if span > 0 else wall
    return steady, wall


def med(xs):
    return statistics.median(xs) if xs else None


def summarize(rows, meta):
    s = {"meta": meta, "runs": rows, "median": {}}
    m = s["median"]
    for label in E2E:
        runs = rows.get(label, [])
        m[label] = {
            "articles_per_s": med([e2e_rates(d)[0] for d in runs]),
            "articles_per_s_wall": med([e2e_rates(d)[1] for d in runs]),
            "peak_rss_kb": med([d["peak_rss_kb"] for d in runs]),
            "cpu_us_per_article": med([d["cpu_s"] / d["count"] * 1e6
                                       for d in runs if "cpu_s" in d]),
            "broker_cpu_us_per_article": med(
                [d["broker_cpu_s"] / d["count"] * 1e6
                 for d in runs if "broker_cpu_s" in d]),
            "pauses": med([d["pauses"] for d in runs if "pauses" in d]),
            "runs": len(runs),
        }
    for label in ("extract_1t", "extract_nt"):
        runs = rows.get(label, [])
        m[label] = {k: med([d[k] for d in runs]) for k in (
            "mb_per_s", "mb_per_s_per_thread", "articles_per_s",
            "sentences_per_s", "peak_rss_kb", "dict_rss_kb",
            "cpu_us_per_article", "mb_per_cpu_s")
            if all(k in d for d in runs)}
        m[label]["threads"] = runs[0]["threads"] if runs else None
        m[label]["runs"] = len(runs)
    lat = rows.get("latency", [])
    m["latency"] = {
        "rate": med([d["rate"] for d in lat]),
        "create_p50_ms": med([d["create"]["p50_ms"] for d in lat]),
        "create_p99_ms": med([d["create"]["p99_ms"] for d in lat]),
        "seen_p50_ms": med([d["seen"]["p50_ms"] for d in lat]),
        "seen_p99_ms": med([d["seen"]["p99_ms"] for d in lat]),
        "pauses": med([d["pauses"] for d in lat if "pauses" in d]),
        "runs": len(lat),
    }
    pt = m["passthrough"]["articles_per_s"]
    off = m["newsevd_noextract"]["articles_per_s"]
    on = m["newsevd"]["articles_per_s"]
    alone = m["extract_nt"].get("articles_per_s")
    s["ratios"] = {
        "noextract_over_passthrough": off / pt if pt and off else None,
        "newsevd_over_min_passthrough_extract":
            on / min(pt, alone) if pt and on and alone else None,
        "target": 0.9,
    }
    # The same ratios from CPU time per article (what the rates would be on
    # cores given wholly to each contender): insensitive to other load.
    cpu = {k: m[k].get("cpu_us_per_article") for k in
           ("passthrough", "newsevd_noextract", "newsevd", "extract_nt")}
    if all(cpu.values()):
        s["ratios"]["cpu_noextract_over_passthrough"] = (
            cpu["passthrough"] / cpu["newsevd_noextract"])
        s["ratios"]["cpu_newsevd_over_min_passthrough_extract"] = (
            min(1e6 / cpu["passthrough"], 1e6 / cpu["extract_nt"]) and
            (1e6 / cpu["newsevd"]) / min(1e6 / cpu["passthrough"],
                                         1e6 / cpu["extract_nt"]))
    sc = rows.get("scaling", [{}])[0]
    s["scaling"] = sc
    return s


def fmt(v, spec="{:,.0f}"):
    return "n/a" if v is None else spec.format(v)


def table(s):
    m, r, sc = s["median"], s["ratios"], s["scaling"]
    e1 = m["extract_1t"]
    out = []
    add = out.append
    meta = s["meta"]
    add("newsev bench: %s runs, %s articles, %s workers, load %s -> %s "
        "(%s cores)" % (meta.get("runs"), meta.get("articles"),
                        meta.get("workers"), meta.get("load_before"),
                        meta.get("load_after"), meta.get("nproc")))
    add("%-44s %s" % ("measure (median)", "value"))
    add("%-44s %s MB/s wall, %s MB per CPU-second (target >= 20)" % (
        "extraction, 1 thread", fmt(e1.get("mb_per_s"), "{:.1f}"),
        fmt(e1.get("mb_per_cpu_s"), "{:.1f}")))
    add("%-44s %s articles/s, %s sentences/s, CPU %s us/article" % (
        "", fmt(e1.get("articles_per_s")), fmt(e1.get("sentences_per_s")),
        fmt(e1.get("cpu_us_per_article"))))
    add("%-44s %s MiB peak RSS, dictionaries %s MiB (target <= 64)" % (
        "", fmt(e1.get("peak_rss_kb") and e1["peak_rss_kb"] / 1024, "{:.1f}"),
        fmt(e1.get("dict_rss_kb") and e1["dict_rss_kb"] / 1024, "{:.1f}")))
    nspb = sc.get("ns_per_byte", {})
    add("%-44s %s ns/B; max/min %s" % (
        "scaling 1KB/10KB/100KB/1MB", "/".join(
            fmt(nspb.get(k), "{:.1f}") for k in ("1KB", "10KB", "100KB",
                                                 "1MB")),
        fmt(sc.get("ns_per_byte_ratio_max_min"), "{:.2f}")))
    for c in sc.get("nopunct", []):
        add("%-44s %s" % (
            "no punctuation, %.1f MB" % (c["bytes"] / 1e6),
            ("%.2f s, +%.0f MiB" % (c["seconds"], c["extra_kb"] / 1024))
            if c["completed"] else
            "NOT DONE in %d s (killed)" % c["timeout_s"]))
    for label, name in (("passthrough", "passthrough (librdkafka loop)"),
                        ("newsevd_noextract",
                         "newsevd, extract.enabled=false"),
                        ("newsevd", "newsevd, extracting")):
        e = m[label]
        add("%-44s %s articles/s, peak RSS %s MiB, CPU %s us/article "
            "(+ broker %s)%s" % (
                name, fmt(e["articles_per_s"]),
                fmt(e["peak_rss_kb"] and e["peak_rss_kb"] / 1024, "{:.0f}"),
                fmt(e["cpu_us_per_article"]),
                fmt(e["broker_cpu_us_per_article"]),
                ", %s pauses" % fmt(e["pauses"])
                if label != "passthrough" else ""))
    add("%-44s %s articles/s, CPU %s us/article" % (
        "extraction alone, %s threads" % m["extract_nt"]["threads"],
        fmt(m["extract_nt"].get("articles_per_s")),
        fmt(m["extract_nt"].get("cpu_us_per_article"))))
    lat = m["latency"]
    add("%-44s p50 %s ms, p99 %s ms (at %s articles/s, %s pauses)" % (
        "latency input->output CreateTime", fmt(lat["create_p50_ms"]),
        fmt(lat["create_p99_ms"]), fmt(lat["rate"]), fmt(lat["pauses"])))
    add("%-44s p50 %s ms, p99 %s ms" % (
        "latency input->seen by a consumer", fmt(lat["seen_p50_ms"]),
        fmt(lat["seen_p99_ms"])))

    def ok(v):
        return "n/a" if v is None else "%.2f %s" % (
            v, "(meets 0.9)" if v >= 0.9 else "(BELOW 0.9)")
    add("%-44s %s" % ("ratio newsevd(off) / passthrough",
                      ok(r["noextract_over_passthrough"])))
    add("%-44s %s" % ("ratio newsevd / min(passthrough, extraction)",
                      ok(r["newsevd_over_min_passthrough_extract"])))
    if "cpu_noextract_over_passthrough" in r:
        add("%-44s %.2f and %.2f" % (
            "same two ratios from CPU us/article",
            r["cpu_noextract_over_passthrough"],
            r["cpu_newsevd_over_min_passthrough_extract"]))
    return "\n".join(out)


def main(argv):
    if argv[1] == "--newsevd-rate":
        rows = load(argv[2])
        rates = [e2e_rates(d)[0] for d in rows.get("newsevd", [])]
        print(max(50, int(med(rates) / 2)) if rates else 500)
        return 0
    meta, i, out = {}, 1, None
    while i < len(argv) - 1:
        if argv[i] == "--meta":
            i += 1
            while i < len(argv) - 1 and not argv[i].startswith("--"):
                k, _, v = argv[i].partition("=")
                meta[k] = v
                i += 1
        elif argv[i] == "--json":
            out = argv[i + 1]
            i += 2
        else:
            break
    s = summarize(load(argv[-1]), meta)
    s["table"] = table(s).split("\n")
    print(table(s))
    if out:
        with open(out, "w") as f:
            json.dump(s, f, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
