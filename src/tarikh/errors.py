"""One catalogue of the errors the library raises.

Library code raises these; only the CLI prints them (one line) and picks the
exit code. Each carries a short machine-readable ``code``.
"""


class TarikhError(Exception):
    """Base of every error tarikh raises on purpose."""

    code = "error"
    exit_status = 2

    def one_line(self) -> str:
        text = " ".join(str(self).split())
        return f"tarikh: {self.code}: {text}"


class InputNotFound(TarikhError):
    code = "not-found"


class UnsupportedInput(TarikhError):
    code = "unsupported-input"


class BinaryInput(TarikhError):
    code = "binary-input"


class UndecidableEncoding(TarikhError):
    code = "encoding"


class EmptyInput(TarikhError):
    code = "empty-input"


class ScannedPdf(TarikhError):
    code = "scanned-pdf"


class EncryptedPdf(TarikhError):
    code = "encrypted-pdf"


class CorruptFile(TarikhError):
    code = "corrupt-file"


class ResourceError(TarikhError):
    """A bundled language resource is malformed (a packaging defect)."""

    code = "resource"


class GoldError(TarikhError):
    """A gold directory or file cannot be read for evaluation."""

    code = "gold"


class UsageError(TarikhError):
    code = "usage"


class TookTooLong(TarikhError):
    """A file took longer than the time allowed (a pathological PDF, say)."""

    code = "timeout"
