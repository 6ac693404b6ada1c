"""Actor hierarchy and name lookup: 'Russia' includes its forces and officials."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd


def normalise_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name ('Díaz' == 'diaz')."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().replace("’", "'").split())


@dataclass(frozen=True)
class ActorTree:
    """Parent/child links between actors and an index of their names and aliases."""

    parent: Mapping[str, str | None]
    children: Mapping[str, tuple[str, ...]]
    by_name: Mapping[str, str]

    @classmethod
    def from_frame(cls, actors: pd.DataFrame) -> ActorTree:
        """Build the tree from the actors table (id, name, parent_id, aliases)."""
        parent: dict[str, str | None] = {}
        children: defaultdict[str, list[str]] = defaultdict(list)
        by_name: dict[str, str] = {}
        for actor_id, name, parent_id, aliases in actors[
            ["id", "name", "parent_id", "aliases"]
        ].itertuples(index=False):
            parent[actor_id] = None if pd.isna(parent_id) else parent_id
            if parent[actor_id] is not None:
                children[parent[actor_id]].append(actor_id)
            for label in (actor_id, name, *aliases):
                by_name.setdefault(normalise_name(label), actor_id)
        return cls(
            parent=parent,
            children={key: tuple(value) for key, value in children.items()},
            by_name=by_name,
        )

    def descendants(self, actor_id: str) -> set[str]:
        """``actor_id`` and every actor below it."""
        found = {actor_id}
        stack = [actor_id]
        while stack:
            for child in self.children.get(stack.pop(), ()):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def expand(self, actor_ids: Iterable[str]) -> set[str]:
        """The union of the descendants of each actor in ``actor_ids``."""
        expanded: set[str] = set()
        for actor_id in actor_ids:
            expanded |= self.descendants(actor_id)
        return expanded

    def ancestors(self, actor_id: str) -> list[str]:
        """Parents of ``actor_id``, nearest first."""
        chain: list[str] = []
        current = self.parent.get(actor_id)
        while current is not None and current not in chain:
            chain.append(current)
            current = self.parent.get(current)
        return chain

    def resolve(self, name_or_id: str) -> str | None:
        """The id of the actor called ``name_or_id`` (by id, name or alias), if any."""
        return self.by_name.get(normalise_name(name_or_id))
