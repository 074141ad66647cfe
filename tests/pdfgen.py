"""Build PDF and DOCX files for the reader tests.

The PDF is typeset the way a word processor would: fpdf2 shapes Arabic with
HarfBuzz (``set_text_shaping``) and lays each line out right to left, so the
glyphs stand in visual order and the reader has to recover logical order.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

ARABIC_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
LINES_PER_PAGE = 30  # small enough that the sample spans several pages
LINE_HEIGHT = 6.0  # mm


def sample_text() -> str:
    return resources.files("tarikh").joinpath("data/sample/sample_ar.txt").read_text(encoding="utf-8")


def sample_lines() -> list[str]:
    return sample_text().split("\n")


def _new_pdf():
    from fpdf import FPDF

    if not ARABIC_FONT.exists():
        raise RuntimeError(f"{ARABIC_FONT} is missing: install the Debian package fonts-dejavu-core")

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("dejavu", fname=str(ARABIC_FONT))
    pdf.set_font("dejavu", size=10)
    pdf.set_text_shaping(True)
    return pdf


def _is_rtl(line: str) -> bool:
    arabic = sum(1 for ch in line if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in line if ch.isascii() and ch.isalpha())
    return arabic > 0 and arabic >= latin


def write_pdf(path: Path, lines: list[str], lines_per_page: int = LINES_PER_PAGE) -> Path:
    """One text line per PDF line; an empty line is an empty row (a paragraph gap)."""
    pdf = _new_pdf()
    for i, line in enumerate(lines):
        if i % lines_per_page == 0:
            pdf.add_page()
        align = "R" if _is_rtl(line) else "L"
        pdf.cell(w=0, h=LINE_HEIGHT, text=line, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.output(str(path))
    return path


def write_sample_pdf(path: Path) -> Path:
    return write_pdf(path, sample_lines())


def write_encrypted_pdf(path: Path) -> Path:
    pdf = _new_pdf()
    pdf.add_page()
    pdf.cell(text="مذكرة احتجاج 1927")
    pdf.set_encryption(owner_password="owner-secret", user_password="reader-secret")
    pdf.output(str(path))
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF with a drawing and no text: what a scan without OCR looks like to a reader."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 60, style="F")
    pdf.output(str(path))
    return path


def write_truncated(path: Path, source: Path, keep: float = 0.4) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    return path


def write_docx(path: Path, lines: list[str], footnotes: dict[int, str] | None = None) -> Path:
    """One Word paragraph per line, right to left for Arabic lines.

    ``footnotes`` maps a marker number written as "(N)" in the body to a real
    Word footnote: the marker in the text becomes a footnote reference and
    the note goes to ``word/footnotes.xml``, as Word itself stores them.
    """
    import docx

    document = docx.Document()
    for line in lines:
        paragraph = document.add_paragraph()
        if _is_rtl(line):
            _set_rtl(paragraph)
        _add_runs(document, paragraph, line, footnotes or {})
    document.save(str(path))
    if footnotes:
        _write_footnotes_part(path, footnotes)
    return path


def _set_rtl(paragraph) -> None:
    from docx.oxml import OxmlElement

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(OxmlElement("w:bidi"))


def _add_runs(document, paragraph, line: str, footnotes: dict[int, str]) -> None:
    import re

    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    pos = 0
    for m in re.finditer(r"\((\d+)\)", line):
        n = int(m.group(1))
        if n not in footnotes:
            continue
        paragraph.add_run(line[pos:m.start()])
        run = paragraph.add_run()
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(n))
        run._r.append(ref)
        pos = m.end()
    paragraph.add_run(line[pos:])


_FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "{notes}</w:footnotes>"
)


def _write_footnotes_part(path: Path, footnotes: dict[int, str]) -> None:
    """Add word/footnotes.xml with its relationship and content type."""
    import zipfile
    from xml.sax.saxutils import escape

    notes = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        for n, text in sorted(footnotes.items())
    )
    with zipfile.ZipFile(path) as zin:
        parts = {name: zin.read(name) for name in zin.namelist()}
    parts["word/footnotes.xml"] = _FOOTNOTES_XML.format(notes=notes).encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdTarikhFootnotes" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
        'Target="footnotes.xml"/></Relationships>',
    )
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    types = types.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    parts["[Content_Types].xml"] = types.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
