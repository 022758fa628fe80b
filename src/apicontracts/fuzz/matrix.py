"""The contract coverage matrix: operation by status code, from the spec and a run's observations.

For each operation and each status code the spec documents (plus any status the server answered
without documenting it), a cell says whether the run saw that status, whether any such response
failed a check, or whether the status was never reached, and then why, when the target says
(`unreached`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from apicontracts.fuzz.observations import FailedCheck, Observation
from apicontracts.fuzz.unreached import Unreached, reason_for
from apicontracts.schemas import iter_operations

UNTAGGED = "(untagged)"


class State(enum.Enum):
    """What a cell shows; the symbol keeps the matrix readable without colour."""

    PASSED = ("passed", "✓", "observed, every check passed")
    FAILED = ("failed", "✗", "observed, at least one response failed a check")
    UNREACHED = ("unreached", "○", "documented, never observed")
    UNDOCUMENTED = ("undocumented", "!", "observed, but the spec does not document it")
    ABSENT = ("absent", "", "not documented for this operation")

    def __init__(self, css: str, symbol: str, meaning: str) -> None:
        self.css = css
        self.symbol = symbol
        self.meaning = meaning


@dataclass
class Cell:
    documented: bool
    responses: int = 0
    failed: int = 0
    # One entry per distinct (check, title): the first failing response's reproduction.
    failures: list[FailedCheck] = field(default_factory=list)
    # Why a documented status was never reached, when the target knows (set for unreached cells only).
    reason: Unreached | None = None

    @property
    def state(self) -> State:
        if self.failed:
            return State.FAILED
        if self.responses:
            return State.PASSED if self.documented else State.UNDOCUMENTED
        return State.UNREACHED if self.documented else State.ABSENT

    def add(self, observation: Observation) -> None:
        self.responses += 1
        if observation.failures:
            self.failed += 1
        seen = {(item.check, item.title) for item in self.failures}
        for failure in observation.failures:
            if (failure.check, failure.title) not in seen:
                self.failures.append(failure)
                seen.add((failure.check, failure.title))


@dataclass
class Row:
    tag: str
    method: str
    path: str
    operation_id: str
    cells: dict[int, Cell]
    # Requests that got no response at all.
    unanswered: int = 0

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def documented(self) -> int:
        return sum(cell.documented for cell in self.cells.values())

    @property
    def reached(self) -> int:
        return sum(cell.documented and cell.responses > 0 for cell in self.cells.values())

    @property
    def failing(self) -> int:
        return sum(cell.state is State.FAILED for cell in self.cells.values())

    @property
    def responses(self) -> int:
        return sum(cell.responses for cell in self.cells.values())


@dataclass
class Matrix:
    title: str
    codes: list[int]
    rows: list[Row]
    # The reasons that explain at least one never-reached cell, in the target's order.
    reasons: list[Unreached] = field(default_factory=list)

    def groups(self) -> list[tuple[str, list[Row]]]:
        tags: dict[str, list[Row]] = {}
        for row in self.rows:
            tags.setdefault(row.tag, []).append(row)
        return list(tags.items())

    def column(self, code: int) -> list[Cell]:
        return [row.cells[code] for row in self.rows if code in row.cells]

    def documenting(self, code: int) -> int:
        return sum(cell.documented for cell in self.column(code))

    def reaching(self, code: int) -> int:
        return sum(cell.responses > 0 for cell in self.column(code))

    def failing(self, code: int) -> int:
        return sum(cell.state is State.FAILED for cell in self.column(code))

    def is_documented_code(self, code: int) -> bool:
        return self.documenting(code) > 0

    @property
    def documented(self) -> int:
        return sum(row.documented for row in self.rows)

    @property
    def reached(self) -> int:
        return sum(row.reached for row in self.rows)

    @property
    def failing_cells(self) -> int:
        return sum(row.failing for row in self.rows)

    @property
    def responses(self) -> int:
        return sum(row.responses for row in self.rows)

    def unreached(self) -> list[tuple[Row, int, Cell]]:
        """Documented cells the run never reached, explained or not."""
        return [
            (row, code, row.cells[code])
            for row in self.rows
            for code in self.codes
            if code in row.cells and row.cells[code].state is State.UNREACHED
        ]

    def unexplained(self) -> list[tuple[Row, int]]:
        return [(row, code) for row, code, cell in self.unreached() if cell.reason is None]

    def failures(self) -> list[tuple[Row, int, Cell]]:
        return [
            (row, code, row.cells[code])
            for row in self.rows
            for code in self.codes
            if row.cells.get(code) and row.cells[code].failures
        ]


def _status_codes(operation: dict[str, Any]) -> list[int]:
    return sorted(int(code) for code in operation.get("responses") or {} if str(code).isdigit())


def build(document: dict[str, Any], observations: Iterable[Observation], reasons: Iterable[Unreached] = ()) -> Matrix:
    """Rows for every operation in the spec, in spec order; cells for documented and observed codes.

    `reasons` say why the target cannot reach some documented codes; each never-reached cell gets
    the first that covers it.
    """
    rows: dict[tuple[str, str], Row] = {}
    for path, method, operation, _item in iter_operations(document):
        tags = operation.get("tags") or [UNTAGGED]
        rows[(method.upper(), path)] = Row(
            tag=str(tags[0]),
            method=method.upper(),
            path=path,
            operation_id=str(operation.get("operationId", "")),
            cells={code: Cell(documented=True) for code in _status_codes(operation)},
        )
    for observation in observations:
        row = rows.get((observation.method.upper(), observation.path))
        if row is None:
            continue
        if observation.status is None:
            row.unanswered += 1
            continue
        row.cells.setdefault(observation.status, Cell(documented=False)).add(observation)
    codes = sorted({code for row in rows.values() for code in row.cells})
    ordered = sorted(rows.values(), key=lambda row: _tag_order(document, row.tag))
    given = list(reasons)
    used: set[int] = set()
    for row in ordered:
        for code, cell in row.cells.items():
            if cell.state is State.UNREACHED:
                cell.reason = reason_for(given, row.operation_id, code)
                if cell.reason is not None:
                    used.add(given.index(cell.reason))
    title = str((document.get("info") or {}).get("title", "API"))
    return Matrix(title=title, codes=codes, rows=ordered, reasons=[given[index] for index in sorted(used)])


def _tag_order(document: dict[str, Any], tag: str) -> int:
    """Tags in the order the spec declares them; undeclared ones after, in order of appearance."""
    declared = [str(item.get("name")) for item in document.get("tags") or [] if isinstance(item, dict)]
    return declared.index(tag) if tag in declared else len(declared)
