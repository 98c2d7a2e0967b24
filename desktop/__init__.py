"""整改台账: a desktop ledger for following up inspection rectification work."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _version() -> str:
    """The version, written in one place: pyproject.toml. Installed (and bundled)
    copies read it from the package metadata; a source tree that was never installed
    reads pyproject.toml beside the package."""
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


__version__ = _version()
