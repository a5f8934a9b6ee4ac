"""Timing helpers shared by the dashboard and DataFrame benchmarks: contenders timed round by
round, each row carrying its thread count and the load average while it ran.

On 2 shared cores (a fuzzer at nice 19, builds) the machine changes within minutes, so a
ratio is only meaningful between figures taken over the same minutes: the contenders of a
comparison run in turn, round after round, rather than one after the other.
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from typing import Any, Callable

# (name, thread count or None when the contender does not say, the call to time)
Contender = tuple[str, "int | None", Callable[[], Any]]


def load_avg() -> list[float]:
    """The 1-, 5- and 15-minute load averages, rounded for the JSON."""
    return [round(x, 2) for x in os.getloadavg()]


def interleaved(
    group: str, contenders: list[Contender], repeat: int, elements: int
) -> list[dict[str, Any]]:
    """Median wall and CPU time of each contender over `repeat` rounds, every contender once
    per round; each row records the thread count and the load averages before the first and
    after the last round."""
    wall: dict[str, list[int]] = {name: [] for name, _, _ in contenders}
    cpu: dict[str, list[int]] = {name: [] for name, _, _ in contenders}
    before = load_avg()
    for _ in range(repeat):
        for name, _, fn in contenders:
            # Each run starts from a collected heap, and its result is dropped before the next.
            gc.collect()
            t0, c0 = time.perf_counter_ns(), time.process_time_ns()
            result = fn()
            wall[name].append(time.perf_counter_ns() - t0)
            cpu[name].append(time.process_time_ns() - c0)
            del result
    after = load_avg()
    rows = []
    for name, threads, _ in contenders:
        ns, cpu_ns = statistics.median(wall[name]), statistics.median(cpu[name])
        rows.append({
            "group": group, "name": name, "median_ns": ns, "cpu_ns": cpu_ns,
            "elements": elements, "threads": threads,
            "load_avg_before": before, "load_avg_after": after,
        })
        print(
            f"{group}/{name}: {ns / 1e9:.3f} s wall, {cpu_ns / 1e9:.3f} s CPU"
            f" ({ns / elements / 1000:.2f} µs per record; {threads or '?'} thread(s);"
            f" load {before[0]:.2f} -> {after[0]:.2f})",
            flush=True,
        )
    return rows
