"""Bad files given to the ingest command: a clear message naming the file, and
nothing written or changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.ingest.read import MAX_BYTES, read_document

FIFTY_MB = 50 * 1024 * 1024


@pytest.fixture()
def previous_output(tmp_path: Path) -> Path:
    out = tmp_path / "candidates.json"
    out.write_text('{"kept": true}\n', encoding="utf-8")
    return out


def test_a_50_mb_file_is_refused_by_name_and_the_output_is_untouched(
    tmp_path: Path, previous_output: Path, capsys
):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(FIFTY_MB)  # sparse: no 50 MB written to the disk
    assert huge.stat().st_size > MAX_BYTES
    code = main(["ingest", str(huge), "--out", str(previous_output)])
    assert code == 1
    error = capsys.readouterr().err
    assert "huge.txt" in error and "limit" in error
    assert previous_output.read_text(encoding="utf-8") == '{"kept": true}\n'
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.txt", b"", "empty"),
        ("scan.html", bytes(range(256)) * 40, "binary"),
        ("notes.docx", b"PK\x03\x04", "unsupported file type"),
    ],
)
def test_unreadable_files_are_named_and_nothing_is_written(
    tmp_path: Path, previous_output: Path, capsys, name: str, content: bytes, says
):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["ingest", str(path), "--out", str(previous_output)]) == 1
    error = capsys.readouterr().err
    assert name in error and says in error
    assert previous_output.read_text(encoding="utf-8") == '{"kept": true}\n'


def test_a_release_in_a_windows_code_page_is_read_with_its_accents(tmp_path: Path):
    path = tmp_path / "geneve.txt"
    text = "Genève: déclaration\n\n3 mai 2020\n\nLes délégués ont parlé à Genève."
    path.write_bytes(text.encode("cp1252"))
    document = read_document(path)
    assert "Genève" in document.text and "délégués" in document.text
