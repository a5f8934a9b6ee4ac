"""``python -m p2c``: validate, summarize or export a file of pledges from the command line.

``python -m p2c validate FILE [--as-of DATE] [--json | --html] [--lang TAG]`` validates one pledge
(a JSON object) or a batch (a JSON array); ``python -m p2c summarize FILE [--as-of DATE]
[--currency CODE] [--json | --html] [--lang TAG]`` prints the dashboard of a JSON array or JSON
Lines file; ``python -m p2c export FILE --format csv [--table NAME] [--out DIR] [--currency CODE] [--no-neutralize-formulas]`` writes the flat tables
as CSV (one table to standard output, or every table, or the one named, as ``DIR/NAME.csv``),
text cells that a spreadsheet would read as formulas neutralized unless told not to. Exit status, as for the ``p2c`` Rust
command line: 0 success (``validate``: no error-severity issue), 1 unreadable or invalid input,
2 usage error.
"""

from __future__ import annotations

import argparse
import datetime
import json
import pathlib
import sys
from collections.abc import Sequence

from . import _p2c
from ._errors import P2cError, ParseError
from ._summary import summarize
from ._tables import TABLE_NAMES, load_tables
from ._validate import validate

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"`{text}` is not a date (YYYY-MM-DD)") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m p2c", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("validate", help="validate a pledge (JSON object) or a batch (JSON array)")
    v.add_argument("file", type=pathlib.Path)
    v.add_argument("--as-of", type=_date, help="the date date rules take as today (YYYY-MM-DD)")
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.add_argument("--html", action="store_true", help="print the report as an HTML page")
    v.add_argument("--lang", help="the language of messages: ar, zh, en (default), fr, ru, es")
    s = sub.add_parser("summarize", help="print the dashboard of a JSON array or JSON Lines file")
    s.add_argument("file", type=pathlib.Path)
    s.add_argument("--as-of", type=_date, help="only what was known on this date counts")
    s.add_argument("--currency", default="USD", help="the currency of every amount (ISO 4217)")
    s.add_argument("--json", action="store_true", help="print the summary as JSON")
    s.add_argument("--html", action="store_true", help="print the dashboard as an HTML page")
    s.add_argument("--lang", help="the language of the dashboard: ar, zh, en (default), fr, ru, es")
    e = sub.add_parser("export", help="write the flat tables of a JSON array or JSON Lines file")
    e.add_argument("file", type=pathlib.Path)
    e.add_argument("--format", choices=("csv",), default="csv", help="output format (csv)")
    e.add_argument("--table", choices=TABLE_NAMES, help="only this table (default: all)")
    e.add_argument("--out", type=pathlib.Path, help="write NAME.csv files into this directory")
    e.add_argument("--currency", help="add amounts converted into this currency (ISO 4217)")
    e.add_argument(
        "--no-neutralize-formulas",
        dest="neutralize_formulas",
        action="store_false",
        help="write text cells that look like spreadsheet formulas as they are (only for "
        "machine-to-machine exports; by default they get a leading single quote)",
    )
    return parser


def _input_error(e: BaseException) -> int:
    print(f"error: {e}", file=sys.stderr)
    if isinstance(e, P2cError):
        print(f"code: {e.code}", file=sys.stderr)
    if isinstance(e, ParseError):
        print(f"pointer: {e.pointer}", file=sys.stderr)
        if e.line is not None:
            print(f"line: {e.line}", file=sys.stderr)
    return EXIT_INPUT


def _validate(args: argparse.Namespace) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as e:
        return _input_error(e)
    batch = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[")
    report = validate(data, as_of=args.as_of, batch=batch, lang=args.lang)
    if args.html:
        print(report.to_html(data, source=args.file.name), end="")
    elif args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        for i in report.issues:
            print(f"{i.severity:<7} {i.code:<40} {i.path or '/'}  {i.message}")
        errors = sum(1 for i in report.issues if i.severity == "error")
        state = "valid" if report.valid else "invalid"
        print(f"{args.file}: {state}, {errors} error(s), {len(report.issues) - errors} other issue(s)")
    return EXIT_OK if report.valid else EXIT_INPUT


def _summarize(args: argparse.Namespace) -> int:
    try:
        pledges = _p2c.load(args.file)
        summary = summarize(pledges, as_of=args.as_of, currency=args.currency, lang=args.lang)
    except P2cError as e:
        return _input_error(e)
    if args.html:
        print(summary.to_html(source=args.file.name), end="")
    elif args.json:
        print(json.dumps(summary.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(str(summary), end="" if str(summary).endswith("\n") else "\n")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    if args.out is None and args.table is None:
        print(
            "usage error: give --table NAME to print one table, or --out DIR to write them all",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        flat = load_tables(args.file, currency=args.currency)
    except P2cError as e:
        return _input_error(e)
    names = [args.table] if args.table else list(TABLE_NAMES)
    try:
        if args.out is None:
            text = flat[names[0]].to_csv(neutralize_formulas=args.neutralize_formulas)
            sys.stdout.write(text or "")
            return EXIT_OK
        args.out.mkdir(parents=True, exist_ok=True)
        for name in names:
            path = args.out / f"{name}.csv"
            flat[name].to_csv(path, neutralize_formulas=args.neutralize_formulas)
            print(f"{path}: {len(flat[name])} rows")
    except (OSError, P2cError) as e:
        return _input_error(e)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return EXIT_OK if e.code == 0 else EXIT_USAGE
    if args.command == "validate":
        return _validate(args)
    if args.command == "export":
        return _export(args)
    return _summarize(args)


if __name__ == "__main__":
    sys.exit(main())
