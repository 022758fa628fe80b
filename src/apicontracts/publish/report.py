"""The change report: changes merged across operations, grouped breaking first, as Markdown."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from apicontracts.publish.changes import Change, Direction, Section

# A change to a shared schema names the operations it reaches; past this many, it counts the rest.
MAX_OPERATIONS_LISTED = 5


@dataclass(frozen=True)
class Entry:
    """One line of the report: a change, and every operation it was found under."""

    section: Section
    subject: str
    message: str
    breaking: bool
    operations: tuple[str, ...]
    shared: bool = False
    direction: Direction | None = None

    def markdown(self) -> str:
        line = f"- {self.subject}: {self.message}"
        if self.shared:
            shown = ", ".join(self.operations[:MAX_OPERATIONS_LISTED])
            more = len(self.operations) - MAX_OPERATIONS_LISTED
            where = f"{self.direction.value}s of" if self.direction else "in"
            line += f" ({where} {shown}{f' and {more} more' if more > 0 else ''})"
        return line


def merge(changes: list[Change]) -> list[Entry]:
    """One entry per distinct change, in report order: section, then subject."""
    order = list(Section)
    merged: dict[tuple[Section, str, str, bool, bool, Direction | None], set[str]] = {}
    for change in changes:
        key = (change.section, change.subject, change.message, change.breaking, change.shared, change.direction)
        merged.setdefault(key, set()).add(change.operation)
    ordered = sorted(
        merged.items(), key=lambda item: (order.index(item[0][0]), item[0][1], item[0][2], str(item[0][5]))
    )
    return [Entry(*key[:4], tuple(sorted(operations)), *key[4:]) for key, operations in ordered]


@dataclass(frozen=True)
class Report:
    """What changed from the base to the version being published."""

    api_title: str
    version: str
    # None on a first publication: there is nothing to compare with.
    base_version: str | None
    base_label: str | None
    entries: tuple[Entry, ...]

    @property
    def breaking(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if entry.breaking)

    @property
    def non_breaking(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if not entry.breaking)

    def markdown(self) -> str:
        """A CHANGELOG entry: a `## version` heading, then breaking and non-breaking changes."""
        lines = [f"## {self.version}", ""]
        if self.base_version is None:
            lines += ["First published version.", ""]
            return "\n".join(lines)
        lines += [f"Compared with {self.base_version} ({self.base_label}).", ""]
        if not self.entries:
            lines += ["No change to operations, parameters, bodies, responses or schemas.", ""]
        for title, entries in (("Breaking changes", self.breaking), ("Non-breaking changes", self.non_breaking)):
            if not entries:
                continue
            lines += [f"### {title}", ""]
            for section, group in groupby(entries, key=lambda entry: entry.section):
                lines += [f"#### {section.value}", "", *(entry.markdown() for entry in group), ""]
        return "\n".join(lines)
