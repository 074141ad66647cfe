"""tarikh: turn history writing into history data."""

__version__ = "0.1.0"

from .pipeline import read  # noqa: E402

__all__ = ["read", "__version__"]
