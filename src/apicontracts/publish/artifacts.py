"""The binary artifacts of a publication: the client's wheel and sdist, and SHA256SUMS."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKSUMS = "SHA256SUMS"
# Zip and tar timestamps come from SOURCE_DATE_EPOCH; fixing it (1980-01-01, the earliest a zip
# can hold) makes the same sources build byte-identical archives, so SHA256SUMS only changes when
# the client does.
DEFAULT_SOURCE_DATE_EPOCH = "315532800"


class BuildError(Exception):
    """`python -m build` failed on a generated client."""


def build_client(package_dir: Path, out_dir: Path) -> list[Path]:
    """Build the sdist, then the wheel from it, into `out_dir`; returns both.

    The build runs on a copy, so nothing it leaves behind lands in generated/, and without an
    isolated environment, so the pinned pdm-backend from our own environment builds it.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_SOURCE_DATE_EPOCH)
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    with tempfile.TemporaryDirectory(prefix="publish-build-") as scratch:
        source = Path(scratch) / package_dir.name
        shutil.copytree(package_dir, source, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        built = Path(scratch) / "out"
        command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(built), str(source)]
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise BuildError(f"python -m build failed for {package_dir}:\n{result.stdout}{result.stderr}")
        out_dir.mkdir(parents=True, exist_ok=True)
        archives = [Path(shutil.copyfile(archive, out_dir / archive.name)) for archive in sorted(built.iterdir())]
    for archive in archives:
        if archive.name.endswith(".tar.gz"):
            _stamp_gzip(archive, int(epoch))
    return archives


def _stamp_gzip(archive: Path, epoch: int) -> None:
    """Recompress with a fixed gzip header time: pdm-backend dates the tar entries from
    SOURCE_DATE_EPOCH but writes the build time into the gzip header."""
    data = gzip.decompress(archive.read_bytes())
    with archive.open("wb") as raw, gzip.GzipFile(archive.name[: -len(".gz")], "wb", 9, raw, mtime=epoch) as out:
        out.write(data)


def write_checksums(folder: Path) -> Path:
    """`SHA256SUMS` over every other file in `folder`, in the format `sha256sum -c` reads."""
    lines = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name != CHECKSUMS:
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n")
    target = folder / CHECKSUMS
    target.write_text("".join(lines), encoding="utf-8")
    return target
