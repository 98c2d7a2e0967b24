"""A cheaper check behind PySide's import hook.

Once ``PySide6.QtCore`` is imported, PySide replaces ``builtins.__import__`` with a hook
that, for every module imported afterwards, asks whether its source mentions
"PySide6" (for ``from __feature__ import snake_case``, which we never use). It finds
out with ``inspect.getsource``, which on a start costs 10–15 ms over the hundred-odd
modules the first frame imports. :func:`cheapen_feature_check` gives the same answer
by reading the module's file as bytes. Should a PySide release no longer have the
private function it replaces, nothing is changed.

On screen: nothing (start-up time only).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def cheapen_feature_check() -> bool:
    """Replace PySide's source check by a byte search of the module's file; True when
    replaced (once per process)."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original: Callable[[ModuleType], bool] | None = getattr(feature, _CHECK, None)
    if feature is None or original is None or getattr(original, "_rectify_cheap", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if isinstance(origin, str) and origin.endswith(".py"):
            try:
                with open(origin, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)  # no plain source file: PySide's own answer

    uses_pyside._rectify_cheap = True  # type: ignore[attr-defined]
    uses_pyside._rectify_original = original  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    return True
