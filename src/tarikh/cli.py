"""Command line: a thin layer over the Python API.

Only this module prints errors and chooses exit codes; the library raises
typed errors from :mod:`tarikh.errors`.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .errors import TarikhError

EXAMPLES = {
    "read": "tarikh read paper.txt --format json -o paper.json\n  tarikh read corpus/*.txt -o out/",
    "demo": "tarikh demo",
    "eval": "tarikh eval --gold ../shared/gold ../shared/seed/000_dbf04f8c2fe1d75f.txt",
    "relations": "tarikh relations paper.txt --pair GBR-SUN",
}


def _write(text: str, out: str | None) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")


def _read_within(path: str, seconds: float | None):
    """Read one file, giving up with a clear error after ``seconds``: a
    malformed PDF must not hang a corpus run."""
    from .errors import TookTooLong
    from .pipeline import read

    if not seconds or not hasattr(signal, "setitimer"):
        return read(path)

    def give_up(signum, frame):
        raise TookTooLong(f"{path}: not read within {seconds:g} s (use --timeout to allow more)")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return read(path)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def cmd_read(args: argparse.Namespace) -> int:
    from .render import render

    if len(args.files) == 1:
        _write(render(_read_within(args.files[0], args.timeout), args.format), args.output)
        return 0
    return _read_corpus(args.files, args.format, args.output, args.timeout)


_SUFFIX = {"json": ".json", "md": ".md", "text": ".txt"}


def _read_corpus(files: list[str], fmt: str, output: str | None, timeout: float | None) -> int:
    """Several papers: one output each (JSON Lines on standard output, or one
    file each in the folder -o names); a bad file is reported in one line and
    the run goes on."""
    from .render import render

    folder = Path(output) if output else None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name in files:
        try:
            doc = _read_within(name, timeout)
        except TarikhError as exc:
            failed += 1
            print(exc.one_line(), file=sys.stderr)
            continue
        if folder is not None:
            (folder / (Path(name).stem + _SUFFIX[fmt])).write_text(render(doc, fmt), encoding="utf-8")
        elif fmt == "json":  # JSON Lines: one document a line
            sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(render(doc, fmt) + "\n")
    print(f"tarikh: {len(files) - failed} read, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    _write(run_demo(), None)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import run_eval

    _write(run_eval(args.gold, args.files, errors=args.errors, fmt=args.format), args.output)
    return 0


def cmd_relations(args: argparse.Namespace) -> int:
    from .relations import render_relations

    _write(render_relations(args.file, pair=args.pair, fmt=args.format), args.output)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tarikh",
        description="Turn history writing into history data.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"tarikh {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=f"{help_text}\n\nexample:\n  {EXAMPLES[name]}",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=func)
        return p

    p = add("read", cmd_read, "Read papers (text, PDF, DOCX) and print each document.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="input files; with several, a bad one is reported and the others are read")
    p.add_argument("--format", choices=["json", "md", "text"], default="json", help="output format (default: json)")
    p.add_argument("-o", "--output",
                   help="write to this file (one input) or into this folder, one file each (several inputs)")
    p.add_argument("--timeout", type=float, default=300.0,
                   help="seconds allowed for each file before it is given up with an error (default: 300; 0: no limit)")

    add("demo", cmd_demo, "Run the whole pipeline on the bundled sample paper and summarize it.")

    p = add("eval", cmd_eval, "Score the pipeline against gold annotations.")
    p.add_argument("--gold", required=True, help="folder with the gold JSON Lines files")
    p.add_argument("files", nargs="+", help="input files to score")
    p.add_argument("--errors", action="store_true", help="list every miss and false hit")
    p.add_argument("--format", choices=["table", "json"], default="table", help="output format (default: table)")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")

    p = add("relations", cmd_relations, "Print the monthly course of a relation between two states.")
    p.add_argument("file", help="the input file")
    p.add_argument("--pair", default=None, help="two ISO3 codes joined by '-', e.g. GBR-SUN")
    p.add_argument("--format", choices=["table", "json"], default="table", help="output format (default: table)")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except TarikhError as exc:
        print(exc.one_line(), file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("tarikh: interrupted", file=sys.stderr)
        return 130
    except (OSError, MemoryError, RecursionError) as exc:
        # I/O and resource failures are the user's to fix; say so in one line.
        print(f"tarikh: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
