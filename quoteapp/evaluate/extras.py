"""Optional packages, named by the extra that installs them.

textacy (the baseline) and scikit-learn (training) are not needed to extract or
review, so a plain install leaves them out; asking for what needs them fails in
one line that says which extra to install.
"""

from __future__ import annotations

import importlib

from quoteapp.errors import ExtraMissing


def require(module: str, extra: str, purpose: str) -> None:
    """Import `module` or raise ExtraMissing naming `pip install 'quoteapp[extra]'`."""
    try:
        importlib.import_module(module)
    except ImportError:
        raise ExtraMissing(
            f"{purpose} needs {module.split('.')[0]}, which is not installed: "
            f"pip install 'quoteapp[{extra}]'"
        ) from None
