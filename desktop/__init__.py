"""整改台账: a desktop ledger for following up inspection rectification work."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rectify-ledger")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
