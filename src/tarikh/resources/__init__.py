"""Language resources: data files under resources/<lang>/<kind>/.

Code never hard-codes month names, ordinals, triggers or actors; it asks this
module for them, so adding a spelling is a data-only change.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import ResourceError

ROOT = Path(__file__).parent


def resource_dir(lang: str, kind: str) -> Path:
    return ROOT / lang / kind


@lru_cache(maxsize=None)
def load_file(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise ResourceError(f"cannot load resource {path}: {exc}") from None


def load(lang: str, kind: str) -> dict[str, Any]:
    """All YAML files of one language and kind, by file stem."""
    folder = resource_dir(lang, kind)
    if not folder.is_dir():
        raise ResourceError(f"no resources for {lang}/{kind} (looked in {folder})")
    return {p.stem: load_file(str(p)) for p in sorted(folder.glob("*.yaml"))}
