#!/usr/bin/env python3
"""Write BENCHMARKS.md from the results of one `scripts/bench` run.

Reads Criterion's estimates under target/criterion/ (Rust) and the JSON results the Python and
Node benchmarks write under target/bench/ (`python.json`, `node.json`, `sheets.json` (the
spreadsheet peers), `memory.json`: lists of
{"group", "name", "median_ns", "elements"} or {"group", "name", "peak_rss_mb"}; a row may also
say its "threads" and the load averages "load_avg_before" / "load_avg_after" ([1, 5, 15 min]),
which the report prints beside the figure and its ratios). Ratios are
computed between figures of the same run only. Everything after the NOTES_MARKER line of the
existing BENCHMARKS.md (hand-written analysis: profiles, before/after) is kept.

Standard library only, so that it runs before any virtualenv exists.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTES_MARKER = "<!-- notes: everything below this line is kept by scripts/bench -->"

# (label, numerator, denominator, target, what the target means). Keys are "group/name".
RATIOS = [
    ("Rust: p2c validate_bytes ÷ jsonschema (parse + all errors), valid records",
     "valid_10k/p2c_validate_bytes", "valid_10k/jsonschema_all_errors", 0.6),
    ("Rust: p2c validate_bytes ÷ bare serde_json parse, valid records",
     "valid_10k/p2c_validate_bytes", "valid_10k/serde_json_value", 2.0),
    ("Rust: p2c validate_bytes ÷ sonic-rs parse to a tree (the parse floor), 10k corpus records",
     "corpus_10k/p2c_validate_bytes_each", "corpus_10k/sonic_rs_parse_each", 2.5),
    ("Rust: p2c validate_bytes ÷ jsonschema (parse + all errors), 3 mistakes per record",
     "invalid3_10k/p2c_validate_bytes", "invalid3_10k/jsonschema_all_errors", None),
    ("Python: p2c.validate(dict) ÷ pydantic v2",
     "python_validate/p2c_validate_dict", "python_validate/pydantic_v2", 0.25),
    ("Python: p2c.validate(dict) ÷ jsonschema_rs",
     "python_validate/p2c_validate_dict", "python_validate/jsonschema_rs", 1.0),
    ("Python: p2c.validate(dict) ÷ fastjsonschema",
     "python_validate/p2c_validate_dict", "python_validate/fastjsonschema", None),
    ("Python: p2c.validate(dict) ÷ msgspec",
     "python_validate/p2c_validate_dict", "python_validate/msgspec", None),
    ("Python: p2c.validate(dict, as_of=date) ÷ p2c.validate(dict)",
     "python_options/as_of", "python_options/defaults", 1.05),
    ("Python: p2c.validate(dict, as_of=date, redact_values=True) ÷ p2c.validate(dict)",
     "python_options/as_of_redact", "python_options/defaults", 1.05),
    ("Python: p2c.validate(dict, lang='fr') ÷ p2c.validate(dict)",
     "python_options/lang", "python_options/defaults", 1.05),
    ("Python: p2c.validate(dict, limits={…}) ÷ p2c.validate(dict)",
     "python_options/limits", "python_options/defaults", 1.05),
    ("Python: p2c.validate(dict, severity={…}) ÷ p2c.validate(dict)",
     "python_options/severity", "python_options/defaults", 1.05),
    ("Node: validator({ asOf })(text) ÷ validate(text)",
     "node_options/validator_as_of", "node_options/defaults", 1.05),
    ("Node: validate(text, { asOf }) ÷ validate(text)",
     "node_options/validate_as_of", "node_options/defaults", None),
    ("Node: validator({ asOf, redactValues })(text) ÷ validate(text)",
     "node_options/validator_as_of_redact", "node_options/defaults", 1.05),
    ("Node: validate(text, { asOf, redactValues }) ÷ validate(text)",
     "node_options/validate_as_of_redact", "node_options/defaults", None),
    ("Node: validator({ lang: 'fr' })(text) ÷ validate(text)",
     "node_options/validator_lang", "node_options/defaults", 1.05),
    ("Node: validate(text, { lang: 'fr' }) ÷ validate(text)",
     "node_options/validate_lang", "node_options/defaults", None),
    ("Node: validator({ limits })(text) ÷ validate(text)",
     "node_options/validator_limits", "node_options/defaults", 1.05),
    ("Node: validate(text, { limits }) ÷ validate(text)",
     "node_options/validate_limits", "node_options/defaults", None),
    ("Node: validator({ severity })(text) ÷ validate(text)",
     "node_options/validator_severity", "node_options/defaults", 1.05),
    ("Node: validate(text, { severity }) ÷ validate(text)",
     "node_options/validate_severity", "node_options/defaults", None),
    ("1e6-pledge file, validate_path: 2 threads ÷ 1 thread",
     "scaling_1e6/validate_2t", "scaling_1e6/validate_1t", 0.6),
    ("1e6-pledge file, load: 2 threads ÷ 1 thread",
     "scaling_1e6/load_2t", "scaling_1e6/load_1t", 0.6),
    ("1e6-pledge file, summarize_path: 2 threads ÷ 1 thread",
     "scaling_1e6/summarize_2t", "scaling_1e6/summarize_1t", 0.6),
    ("Node: validate(string) ÷ JSON.parse + ajv (allErrors)",
     "node_validate/p2c_validate_string", "node_validate/json_parse_ajv_all_errors", 0.35),
    ("Node: validate(object) ÷ ajv (allErrors) alone",
     "node_validate/p2c_validate_object", "node_validate/ajv_all_errors", None),
    ("Node: invalid records (3 mistakes) ÷ valid records, validate(string)",
     "node_validate/p2c_validate_string_invalid3", "node_validate/p2c_validate_string", 3.0),
    ("Dashboard over 1e6 pledges: p2c ÷ pandas",
     "dashboard_1e6/p2c_summarize", "dashboard_1e6/pandas", 0.1),
    ("Dashboard over 1e6 pledges: p2c ÷ polars",
     "dashboard_1e6/p2c_summarize", "dashboard_1e6/polars", 1.0),
    ("Dashboard from the 1e6 JSON Lines file, 1 thread each: p2c.summarize_file ÷ DuckDB"
     " (read_json + SQL)",
     "dashboard_1e6/p2c_summarize_file_1t", "dashboard_1e6/duckdb_file_1t", 0.5),
    ("Dashboard from the 1e6 JSON Lines file, 2 threads each: p2c.summarize_file ÷ DuckDB"
     " (read_json + SQL)",
     "dashboard_1e6/p2c_summarize_file_2t", "dashboard_1e6/duckdb_file_2t", 0.5),
    ("Dashboard from the 1e6 JSON Lines file, 2 threads each: p2c.summarize_file with"
     " validation ÷ DuckDB",
     "dashboard_1e6/p2c_summarize_file_validate_2t", "dashboard_1e6/duckdb_file_2t", None),
    ("1e6 records to a DataFrame via Arrow ÷ validate only",
     "dataframe_1e6/p2c_to_polars_arrow", "dataframe_1e6/p2c_validate_only", 1.3),
    ("1e6 records to polars via Arrow through Pledge objects (tables(load())) ÷ validate only",
     "dataframe_1e6/p2c_objects_to_polars_arrow", "dataframe_1e6/p2c_validate_only", None),
    ("1e6 records to a pandas DataFrame via Arrow ÷ validate only",
     "dataframe_1e6/p2c_to_pandas_arrow", "dataframe_1e6/p2c_validate_only", None),
    ("1e6 records to polars: p2c via Arrow ÷ json.loads + list-of-dicts",
     "dataframe_1e6/p2c_to_polars_arrow", "dataframe_1e6/polars_from_dicts", None),
    ("1e6 records to pandas: p2c via Arrow ÷ json.loads + list-of-dicts",
     "dataframe_1e6/p2c_to_pandas_arrow", "dataframe_1e6/pandas_from_dicts", None),
    ("1e6 records from JSON Lines to polars, 1 thread each: p2c via Arrow ÷ DuckDB"
     " (read_json + SQL, .pl())",
     "dataframe_1e6/p2c_to_polars_arrow_1t", "dataframe_1e6/duckdb_to_polars_1t", 0.5),
    ("1e6 records from JSON Lines to polars, 2 threads each: p2c via Arrow ÷ DuckDB"
     " (read_json + SQL, .pl())",
     "dataframe_1e6/p2c_to_polars_arrow_2t", "dataframe_1e6/duckdb_to_polars_2t", 0.5),
    ("100k-pledge workbook: p2c import_xlsx + validation ÷ pandas.read_excel (openpyxl) alone",
     "sheets_100k/p2c_import_xlsx_validate", "sheets_100k/pandas_read_excel_openpyxl", 0.25),
    ("100k-pledge workbook: p2c import_xlsx + validation ÷ python-calamine alone",
     "sheets_100k/p2c_import_xlsx_validate", "sheets_100k/python_calamine", None),
]


def criterion_results() -> dict[str, dict]:
    out: dict[str, dict] = {}
    base = ROOT / "target" / "criterion"
    if not base.is_dir():
        return out
    for bench_json in base.rglob("new/benchmark.json"):
        meta = json.loads(bench_json.read_text())
        est = json.loads((bench_json.parent / "estimates.json").read_text())
        throughput = meta.get("throughput") or {}
        out[meta["full_id"]] = {
            "group": meta["group_id"],
            "name": meta["function_id"] or meta["full_id"],
            "median_ns": est["median"]["point_estimate"],
            "elements": throughput.get("Elements"),
            "bytes": throughput.get("Bytes"),
            "lang": "Rust",
        }
    return out


def json_results(name: str, lang: str) -> dict[str, dict]:
    path = ROOT / "target" / "bench" / name
    if not path.is_file():
        return {}
    out = {}
    for row in json.loads(path.read_text()):
        row = dict(row, lang=lang)
        out[f'{row["group"]}/{row["name"]}'] = row
    return out


def fmt_time(ns: float) -> str:
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}" if ns / scale < 100 else f"{ns / scale:.0f} {unit}"
    return f"{ns:.0f} ns"


def per_item(row: dict) -> str:
    n = row.get("elements")
    if not n:
        return ""
    return fmt_time(row["median_ns"] / n)


def conditions(row: dict) -> str:
    """The thread count and 1-minute load average a figure was measured under, when its
    benchmark recorded them (the DuckDB comparisons and the dashboard and DataFrame rows)."""
    parts = []
    if row.get("threads"):
        n = int(row["threads"])
        parts.append(f"{n} thread{'s' if n != 1 else ''}")
    before, after = row.get("load_avg_before"), row.get("load_avg_after")
    if before and after:
        parts.append(f"load {before[0]:.2f} → {after[0]:.2f}")
    return ", ".join(parts)


def machine() -> str:
    def run(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
        except OSError:
            return "?"

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs ({cpu}); "
        f"{run(['rustc', '--version'])}; Python {platform.python_version()}; "
        f"node {run(['node', '--version'])}; load average at the end of the run: {load}"
    )


def main() -> int:
    results = criterion_results()
    results.update(json_results("python.json", "Python"))
    results.update(json_results("node.json", "Node"))
    results.update(json_results("sheets.json", "Python"))
    results.update(json_results("scaling.json", "Rust"))
    memory = json_results("memory.json", "Rust")

    lines = [
        "# Benchmarks",
        "",
        "Written by `scripts/bench` (one command: Rust criterion benchmarks, then the Python and",
        "Node benchmarks when their toolchains are present). Medians of several runs; every ratio",
        "compares figures measured in the same run on the same data. The machine is shared,",
        "so absolute times move between runs; ratios move much less.",
        "",
        f"Run: {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}. Machine: {machine()}.",
        "",
        "## Ratios against targets",
        "",
        "| comparison | ratio | target | |",
        "|---|---:|---:|---|",
    ]
    for label, num, den, target in RATIOS:
        a, b = results.get(num), results.get(den)
        if a is None or b is None:
            lines.append(f"| {label} | not measured in this run | {target or ''} | |")
            continue
        ratio = a["median_ns"] / b["median_ns"]
        verdict = "" if target is None else ("met" if ratio <= target else "**missed**")
        tgt = "" if target is None else f"≤ {target}×"
        ca, cb = conditions(a), conditions(b)
        if ca or cb:
            label += f" ({ca}" + (f"; {cb}" if cb != ca else "") + ")"
        lines.append(f"| {label} | {ratio:.2f}× | {tgt} | {verdict} |")
    for key, row in sorted(memory.items()):
        mb = row["peak_rss_mb"]
        target = row.get("target_mb")
        verdict = "" if target is None else ("met" if mb < target else "**missed**")
        tgt = "" if target is None else f"< {target} MB"
        lines.append(f"| peak memory: {row.get('label', key)} | {mb:.1f} MB | {tgt} | {verdict} |")

    lines += ["", "## All figures", ""]
    lines += [
        "| language | group | benchmark | median | per item | threads, 1-min load (before → after)"
        " |",
        "|---|---|---|---:|---:|---|",
    ]
    for key, row in sorted(results.items(), key=lambda kv: (kv[1]["lang"], kv[0])):
        lines.append(
            f"| {row['lang']} | {row['group']} | {row['name']} | {fmt_time(row['median_ns'])} "
            f"| {per_item(row)} | {conditions(row)} |"
        )

    target = ROOT / "BENCHMARKS.md"
    notes = ""
    if target.is_file():
        old = target.read_text()
        if NOTES_MARKER in old:
            notes = old.split(NOTES_MARKER, 1)[1].lstrip("\n")
    lines += ["", NOTES_MARKER, ""]
    text = "\n".join(lines) + "\n" + notes
    target.write_text(text)
    print(f"wrote {target.relative_to(ROOT)} ({len(results)} figures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
