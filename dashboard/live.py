"""The dataset a running app serves: loaded once, swapped for a fresh read-only
copy when its files change on disk (after a merge, in this process or another).

Frames are never mutated; a reload builds a new :class:`Dataset` and replaces
the reference, so a request always sees one whole version.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass
from pathlib import Path

from .loading import Dataset, load_dataset
from .problems import DatasetError
from .view import vocabulary_of
from .viewstate import Vocabulary

Signature = tuple[tuple[str, int, int], ...]


def directory_signature(directory: Path | None) -> Signature:
    """Name, size and modification time of every file the package is made of
    (nothing for a dataset built in memory)."""
    if directory is None:
        return ()
    entries = []
    for path in sorted(directory.glob("*.csv")) + [directory / "datapackage.json"]:
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue
        entries.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


def _settle() -> None:
    """Move the freshly loaded frames out of the garbage collector's sight: the
    dataset lives long, and full collections walking it pause requests. The
    previous version is unfrozen first so that it can be freed."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


@dataclass(frozen=True)
class Snapshot:
    """One loaded version of the dataset and the ids a URL may name in it."""

    dataset: Dataset
    vocabulary: Vocabulary
    signature: Signature
    version: int


class LiveDataset:
    """The current version of the dataset in ``directory``."""

    def __init__(
        self, directory: Path | str | None, dataset: Dataset | None = None
    ) -> None:
        self.directory = None if directory is None else Path(directory)
        self._lock = threading.Lock()
        self.last_error: DatasetError | None = None
        signature = directory_signature(self.directory)
        if dataset is None:
            if self.directory is None:
                raise ValueError("give a dataset or the directory to load it from")
            dataset = load_dataset(self.directory)
        loaded = dataset
        self._snapshot = Snapshot(loaded, vocabulary_of(loaded), signature, 1)
        _settle()

    def snapshot(self) -> Snapshot:
        """The newest valid version; a changed directory is reloaded first.

        If the files on disk no longer validate (edited by hand while the app
        runs), the last good version is kept and the problem is remembered in
        :attr:`last_error`.
        """
        signature = directory_signature(self.directory)
        if signature == self._snapshot.signature:
            return self._snapshot
        with self._lock:
            if signature != self._snapshot.signature:
                self._reload(signature)
        return self._snapshot

    def _reload(self, signature: Signature) -> None:
        assert self.directory is not None  # an in-memory dataset never changes
        try:
            dataset = load_dataset(self.directory)
        except DatasetError as error:
            self.last_error = error
            # remember the bad signature so it is not re-read on every request
            self._snapshot = Snapshot(
                self._snapshot.dataset,
                self._snapshot.vocabulary,
                signature,
                self._snapshot.version,
            )
            return
        self.last_error = None
        self._snapshot = Snapshot(
            dataset,
            vocabulary_of(dataset),
            directory_signature(self.directory),
            self._snapshot.version + 1,
        )
        _settle()

    @property
    def dataset(self) -> Dataset:
        """The current dataset."""
        return self.snapshot().dataset

    @property
    def vocabulary(self) -> Vocabulary:
        """The URL vocabulary of the current dataset."""
        return self.snapshot().vocabulary

    @property
    def version(self) -> int:
        """Counts reloads: 1 for the dataset loaded at start."""
        return self.snapshot().version
