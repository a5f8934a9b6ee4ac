"""Threads: long calls release the GIL, and concurrent calls give the serial results.

The GIL test is deterministic without timing thresholds: the switch interval is raised so far
that CPython never takes the GIL from the calling thread by itself, and the counting thread
gives the GIL up in every iteration (a blocking wait). The counter can then move between the
two reads around a call only if the call itself released the GIL. A call that holds it leaves
the counter exactly where it was, however long it runs; a call that releases it is repeated
(up to a bound) until the other thread has been scheduled once, so a loaded machine only makes
the test slower, never wrong.
"""

from __future__ import annotations

import copy
import functools
import datetime
import json
import pathlib
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable

import pytest

import p2c

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "data" / "pledges.json"
AS_OF = datetime.date(2026, 6, 30)


def _docs() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return docs


def _many(n: int) -> list[dict[str, Any]]:
    """`n` sample pledges with distinct ids."""
    base = _docs()
    out = []
    for i in range(n):
        d = copy.deepcopy(base[i % len(base)])
        d["id"] = f"P2C-T{i:06d}"
        out.append(d)
    return out


class _Counter:
    """A thread that counts its iterations, giving up the GIL in each one."""

    def __init__(self) -> None:
        self.count = 0
        self.started = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        self.started.set()
        while not self.stop.is_set():
            self.count += 1
            # Blocks without the GIL for a moment, so the calling thread gets it back.
            self.stop.wait(0.0005)

    def __enter__(self) -> _Counter:
        self.thread.start()
        self.started.wait()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def _progress_during(call: Callable[[], object], tries: int = 50) -> int:
    """How far the counting thread got during one call that let it run (0: none did)."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1000.0)
    try:
        with _Counter() as counter:
            for _ in range(tries):
                before = counter.count
                call()
                after = counter.count
                if after != before:
                    return after - before
            return 0
    finally:
        sys.setswitchinterval(old)


BIG = _many(3000)
BIG_TEXT = json.dumps(BIG)
BIG_BYTES = BIG_TEXT.encode()
# One pledge with a long description (about 780 kB, under the 1 MiB string limit): each call
# releases the GIL for far longer than the counting thread takes to wake up, also in a release
# build, where a sample pledge's few microseconds were sometimes over before it was scheduled.
ONE_BYTES = json.dumps({**BIG[0], "description": "Connectivity for schools. " * 30_000}).encode()
PLEDGES = p2c.parse_pledges(BIG_TEXT)
RATES_CSV = "date,base,currency,rate,source\n" + "".join(
    f"20{y:02d}-{m:02d}-{d:02d},EUR,USD,1.{y:02d}{m:02d}{d:02d},test\n"
    for y in range(10, 25)
    for m in range(1, 13)
    for d in range(1, 29)
)


RATES_JSON = json.dumps(
    {
        "rates": [
            dict(zip(("date", "base", "currency", "rate", "source"), line.split(",")))
            for line in RATES_CSV.splitlines()[1:]
        ]
    }
)
TABLE = p2c.RateTable.from_csv_text(RATES_CSV)


def _write_big(tmp: pathlib.Path) -> pathlib.Path:
    path = tmp / "pledges.json"
    path.write_bytes(BIG_BYTES)
    return path


LONG_CALLS: dict[str, Callable[[pathlib.Path], Callable[[], object]]] = {
    "validate_batch(bytes)": lambda _: lambda: p2c.validate_batch(BIG_BYTES),
    "validate_batch(str)": lambda _: lambda: p2c.validate_batch(BIG_TEXT),
    "validate(bytes)": lambda _: lambda: p2c.validate(ONE_BYTES),
    "parse_pledges": lambda _: lambda: p2c.parse_pledges(BIG_BYTES),
    "load": lambda tmp: (lambda path: lambda: p2c.load(path))(_write_big(tmp)),
    "summarize": lambda _: lambda: p2c.summarize(PLEDGES, as_of=AS_OF),
    "summary.to_dict": lambda _: (
        lambda s: lambda: s._core.data() if s._core is not None else None
    )(p2c.summarize(PLEDGES, as_of=AS_OF)),
    "tables": lambda _: lambda: p2c.tables(PLEDGES),
    "load_tables": lambda tmp: (lambda path: lambda: p2c.load_tables(path))(_write_big(tmp)),
    "RateTable.from_csv_text": lambda _: lambda: p2c.RateTable.from_csv_text(RATES_CSV),
    "RateTable.from_json": lambda _: lambda: p2c.RateTable.from_json(RATES_JSON),
    "RateTable.merge": lambda _: lambda: TABLE.merge(p2c.RateTable.embedded()),
    "country_profile": lambda _: lambda: p2c.country_profile(PLEDGES, "KEN", as_of=AS_OF),
    "validate_update": lambda _: lambda: [
        p2c.validate_update(PLEDGES[0], PLEDGES[0]) for _ in range(50)
    ],
    "convert": lambda _: lambda: [
        p2c.convert("100", "EUR", datetime.date(2015, 3, 10), "USD", table=TABLE)
        for _ in range(100)
    ],
    "RateTable.from_csv": lambda tmp: (
        lambda path: lambda: p2c.RateTable.from_csv(path)
    )((lambda p: (p.write_text(RATES_CSV), p)[1])(tmp / "rates.csv")),
}


@pytest.mark.parametrize("name", sorted(LONG_CALLS))
def test_long_calls_let_other_threads_run(name: str, tmp_path: pathlib.Path) -> None:
    call = LONG_CALLS[name](tmp_path)
    assert _progress_during(call) > 0, f"{name} held the GIL throughout"


def test_a_call_that_holds_the_gil_stops_the_counter() -> None:
    """The control: the method detects a call that does not release the GIL."""

    def busy() -> None:
        total = 0
        for i in range(200_000):
            total += i

    assert _progress_during(busy, tries=3) == 0


def _report(r: Any) -> Any:
    return r.to_dict()


def _validate(doc: str | bytes) -> Any:
    return _report(p2c.validate(doc, as_of=AS_OF))


def _summary(pledges: list[p2c.Pledge], currency: str, attribution: str) -> Any:
    return p2c.summarize(
        pledges, as_of=AS_OF, currency=currency, attribution=attribution
    ).to_dict()


def test_concurrent_calls_equal_serial_ones() -> None:
    docs = _many(40)
    # Invalid variants too, so reports carry issues.
    for i, d in enumerate(docs[::4]):
        d.pop("title", None)
        d["financialValue"] = {"amount": "-1", "currency": "XYZ"} if i % 2 else "x"
    texts = [json.dumps(d) for d in docs]
    pledges = p2c.parse_pledges(json.dumps(_many(200)))
    table = p2c.RateTable.from_csv_text(RATES_CSV)
    jobs: list[Callable[[], Any]] = []
    for t in texts:
        jobs.append(functools.partial(_validate, t))
        jobs.append(functools.partial(_validate, t.encode()))
    jobs.append(lambda: _report(p2c.validate_batch(json.dumps(docs), as_of=AS_OF)))
    for cur in ("USD", "EUR"):
        for attribution in ("full", "equal_split"):
            jobs.append(functools.partial(_summary, pledges, cur, attribution))
    jobs.append(lambda: (lambda ts: [ts[n].to_csv() for n in ts])(p2c.tables(pledges)))
    jobs.append(lambda: [p.to_dict() for p in p2c.parse_pledges(json.dumps(_many(50)))])
    jobs.append(lambda: len(p2c.RateTable.from_csv_text(RATES_CSV)))
    when = datetime.date(2015, 3, 10)
    jobs.append(lambda: p2c.convert("100", "EUR", when, "USD", table=table).to_dict())
    serial = [job() for job in jobs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        # Every job several times, interleaved, from eight threads.
        futures = [pool.submit(job) for _ in range(3) for job in jobs]
        concurrent = [f.result() for f in futures]
    assert concurrent == serial * 3


def test_a_dict_is_validated_with_the_gil_held() -> None:
    """A native control, and the documented exception: a dict is read in place (no copy), so
    its validation keeps the GIL (another thread could otherwise change it underneath)."""
    doc = BIG[0]
    assert _progress_during(lambda: [p2c.validate(doc) for _ in range(20)], tries=3) == 0
