"""整改台账: a desktop ledger for following up inspection rectification work."""

from pathlib import Path
from typing import Any


def _version() -> str:
    """The version, written in one place: pyproject.toml. Installed (and bundled)
    copies read it from the package metadata; a source tree that was never installed
    reads pyproject.toml beside the package."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rectify-ledger")
    except PackageNotFoundError:
        pass
    import tomllib

    try:
        with (Path(__file__).resolve().parent.parent / "pyproject.toml").open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "0+unknown"


def __getattr__(name: str) -> Any:
    # ``__version__`` is read when asked for: the metadata lookup costs a noticeable part
    # of a cold start, and only --version, the about box and hand-out files need it.
    if name == "__version__":
        value = _version()
        globals()["__version__"] = value
        return value
    raise AttributeError(name)
