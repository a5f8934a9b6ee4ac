"""Peers of the spreadsheet benchmark: read the workbook `p2c-core/benches/sheets.rs` wrote
(target/bench/sheets-100000.xlsx) with pandas.read_excel (openpyxl) and with python-calamine,
every sheet, without validation; medians of a few runs as JSON for scripts/bench_report.py.

    python scripts/bench_sheets.py [--smoke] [--out target/bench/sheets.json]

Needs the pinned peers of scripts/bench-sheets-requirements.txt (scripts/bench installs them
into .venv).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def median_ns(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        fn()
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true", help="the smoke-mode workbook, one run")
    parser.add_argument("--out", type=Path, default=ROOT / "target" / "bench" / "sheets.json")
    args = parser.parse_args()

    import pandas
    from python_calamine import CalamineWorkbook

    n = 100 if args.smoke else 100_000
    path = ROOT / "target" / "bench" / f"sheets-{n}.xlsx"
    runs = 1 if args.smoke else 3

    def pandas_read() -> None:
        frames = pandas.read_excel(path, sheet_name=None, engine="openpyxl", header=[0, 1])
        assert len(frames["pledges"]) == n

    def calamine_read() -> None:
        book = CalamineWorkbook.from_path(str(path))
        rows = {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}
        assert len(rows["pledges"]) == n + 2

    out = [
        {"group": "sheets_100k", "name": "pandas_read_excel_openpyxl",
         "median_ns": median_ns(pandas_read, runs), "elements": n},
        {"group": "sheets_100k", "name": "python_calamine",
         "median_ns": median_ns(calamine_read, runs), "elements": n},
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
