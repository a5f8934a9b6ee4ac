"""A summary made of partitions on a Dask cluster, equal to the summary of one pass.

    python examples/python/partitions_dask.py PLEDGES.jsonl [--workers N] [--blocksize BYTES]
                                              [--as-of YYYY-MM-DD]

(after ``maturin develop``, with ``dask`` and ``distributed`` installed: both are in
``p2c-py/requirements-dev.txt``). The test command runs it on a generated corpus.

Dask reads the JSON Lines file as blocks of whole lines (``dask.bytes.read_bytes`` with a
newline delimiter): the partitions. A ``LocalCluster`` of worker *processes* then does what a
cluster of machines would:

1. every worker lists the ids that relations name in its blocks (``p2c.related_ids``); the
   client unites them;
2. every worker summarizes its blocks into a partial summary (``p2c.partial_summary``, told
   the union), bytes that travel back to the client;
3. the client merges the partials in the blocks' order (``p2c.merge_partials``).

The result is compared, figure by figure (``to_dict()``), with ``p2c.summarize_file`` of the
whole file in this process; the script exits with status 1 if they differ. p2c builds no
engine of its own: Dask schedules, p2c computes exact partials that merge exactly.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time

import dask.bytes
from dask.distributed import Client, LocalCluster

import p2c


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a JSON Lines file of pledges")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (2)")
    parser.add_argument(
        "--blocksize", type=int, default=4 << 20, help="bytes per partition (4 MiB)"
    )
    parser.add_argument(
        "--as-of", type=datetime.date.fromisoformat, default=datetime.date(2026, 11, 23)
    )
    args = parser.parse_args()
    options = {"as_of": args.as_of}

    start = time.perf_counter()
    _, [blocks] = dask.bytes.read_bytes(args.path, delimiter=b"\n", blocksize=args.blocksize)
    with (
        LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        # The blocks are read once, on the workers, and stay there.
        parts = client.compute(blocks)
        related = sorted(set().union(*client.gather(client.map(p2c.related_ids, parts))))
        [shared] = client.scatter([related], broadcast=True)
        partials = client.gather(
            client.map(p2c.partial_summary, parts, related=shared, threads=1, **options)
        )
    merged = p2c.merge_partials(partials, **options)
    distributed_s = time.perf_counter() - start

    start = time.perf_counter()
    single = p2c.summarize_file(args.path, **options)
    single_s = time.perf_counter() - start

    same = merged.to_dict() == single.to_dict()
    size = sum(len(p) for p in partials)
    print(
        f"{len(blocks)} partitions on {args.workers} Dask workers: "
        f"{merged.pledge_count} pledges, total {merged.total_value} {merged.currency} "
        f"({len(related)} related ids, partials {size / 1e6:.1f} MB, {distributed_s:.1f} s); "
        f"one pass: {single.total_value} {single.currency} ({single_s:.1f} s); "
        + ("equal, figure by figure" if same else "DIFFERENT")
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
