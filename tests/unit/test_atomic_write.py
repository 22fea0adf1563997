import os

import pytest

from dpkeeper.vault.atomic import write_atomically


def test_a_write_replaces_the_whole_file(tmp_path):
    tmp_path = tmp_path / "vault"
    tmp_path.mkdir()
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")
    write_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert [p.name for p in tmp_path.iterdir()] == ["vault.keys"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_crash_mid_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path, monkeypatch, failing
):
    tmp_path = tmp_path / "vault"
    tmp_path.mkdir()
    target = tmp_path / "vault.keys"
    target.write_bytes(b"old")

    def fail(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["vault.keys"]
