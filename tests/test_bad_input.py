"""Bad input at the command line: one line on stderr, a non-zero exit, no traceback.

Each case runs ``tarikh read`` in a subprocess, as a user would, with a
timeout so that a hang fails the test instead of stalling the suite.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import pdfgen  # noqa: E402

TIMEOUT = 60  # seconds; every case below takes well under one


def run_read(path: Path | str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tarikh.cli", "read", str(path)],
        capture_output=True, text=True, timeout=TIMEOUT,
    )


def binary_file(tmp: Path) -> Path:
    rng = random.Random(1927)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00" * 64
    path = tmp / "blob.bin"
    path.write_bytes(data)
    return path


def empty_file(tmp: Path) -> Path:
    path = tmp / "empty.txt"
    path.write_bytes(b"")
    return path


def undecidable_file(tmp: Path) -> Path:
    # Latin-1 French: not UTF-8, and no Arabic in any Arabic code page reading.
    path = tmp / "latin1.txt"
    path.write_bytes("Le traité fut signé à Djeddah, été 1927 : résumé.\n".encode("latin-1"))
    return path


def missing_file(tmp: Path) -> Path:
    return tmp / "no-such-paper.txt"


def directory(tmp: Path) -> Path:
    path = tmp / "papers"
    path.mkdir()
    return path


def scanned_pdf(tmp: Path) -> Path:
    return pdfgen.write_scanned_pdf(tmp / "scan.pdf")


def encrypted_pdf(tmp: Path) -> Path:
    return pdfgen.write_encrypted_pdf(tmp / "locked.pdf")


def corrupt_pdf(tmp: Path) -> Path:
    whole = pdfgen.write_pdf(tmp / "whole.pdf", ["عام 1925", "عام 1927"])
    return pdfgen.write_truncated(tmp / "cut.pdf", whole, 0.5)


def corrupt_docx(tmp: Path) -> Path:
    whole = pdfgen.write_docx(tmp / "whole.docx", ["عام 1925", "عام 1927"])
    return pdfgen.write_truncated(tmp / "cut.docx", whole, 0.5)


def docx_that_is_not_zip(tmp: Path) -> Path:
    path = tmp / "paper.docx"
    path.write_text("عام 1925", encoding="utf-8")
    return path


# (make the input, the error code the one line must name)
CASES: list[tuple[Callable[[Path], Path], str]] = [
    (binary_file, "binary-input"),
    (empty_file, "empty-input"),
    (undecidable_file, "encoding"),
    (missing_file, "not-found"),
    (directory, "unsupported-input"),
    (scanned_pdf, "scanned-pdf"),
    (encrypted_pdf, "encrypted-pdf"),
    (corrupt_pdf, "corrupt-file"),
    (corrupt_docx, "corrupt-file"),
    (docx_that_is_not_zip, "corrupt-file"),
]


@pytest.mark.parametrize("make,code", CASES, ids=[make.__name__ for make, _ in CASES])
def test_bad_input_gives_one_line_and_non_zero_exit(tmp_path, make, code):
    result = run_read(make(tmp_path))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"tarikh: {code}:")
    assert result.stdout == ""


def test_scanned_pdf_message_points_to_ocr(tmp_path):
    result = run_read(scanned_pdf(tmp_path))
    assert "OCR" in result.stderr


def test_bad_input_a_file_that_takes_too_long_is_given_up_in_one_line(tmp_path):
    # a long paper and a tiny time allowance stand in for a pathological PDF
    paper = tmp_path / "long.txt"
    paper.write_text("وفي عام 1925 قررت الحكومة البريطانية قطع العلاقات مع الاتحاد السوفييتي.\n" * 4000,
                     encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "tarikh.cli", "read", str(paper), "--timeout", "0.05"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert proc.stderr.startswith("tarikh: timeout:") and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr
