"""ntmcli.fileread: only regular files are read, whole, whatever fstat said of their size."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ntmcli.fileread import CHUNK, NotRegular, chunks, opened_regular, sha256_of


def read(path: Path, stated: int | None = None, limit: int | None = None) -> bytes:
    with opened_regular(str(path)) as (fd, info):
        return b"".join(chunks(fd, info.st_size if stated is None else stated, limit))


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=3000), error=st.integers(-3000, 3000))
def test_a_file_is_read_whole_even_when_its_stated_size_is_wrong(tmp_path_factory: pytest.TempPathFactory,
                                                                  data: bytes, error: int) -> None:
    """A file that grew or shrank between fstat and read is still read to its end."""
    path = tmp_path_factory.mktemp("f") / "x.bin"
    path.write_bytes(data)
    assert read(path, stated=max(len(data) + error, 0)) == data


def test_a_file_larger_than_a_chunk_is_read_whole(tmp_path: Path) -> None:
    data = os.urandom(CHUNK * 2 + 17)
    (tmp_path / "lon.bin").write_bytes(data)
    assert read(tmp_path / "lon.bin", stated=10) == data
    assert sha256_of(str(tmp_path / "lon.bin")) == hashlib.sha256(data).hexdigest()


def test_reading_stops_at_the_limit(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"a" * 100)
    assert read(tmp_path / "x.bin", limit=11) == b"a" * 11


def test_a_folder_is_not_read(tmp_path: Path) -> None:
    with pytest.raises(NotRegular), opened_regular(str(tmp_path)):
        pass


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "ong")
    with pytest.raises(NotRegular), opened_regular(str(tmp_path / "ong")):
        pass
