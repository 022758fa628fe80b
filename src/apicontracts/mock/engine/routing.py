"""Matching request paths to the spec's path templates.

A template segment may glue a representation parameter to its end (`{courseId}{format}`,
`me{format}`): it matches `123`, `123.json` and `123.xml`, and the parameter gets `""`, `".json"`
or `".xml"`. Literal segments beat parameters, so `/me/classmates` wins over `/users/{userId}`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import unquote

from apicontracts.mock.engine.spec import Operation

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


class BadPath(ValueError):
    """The path is not valid percent-encoded UTF-8."""


@dataclass(frozen=True)
class Route:
    """One path template and its operations by method."""

    template: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    # Per segment: 0 literal, 1 literal plus a suffix parameter, 2 parameter; lower is more specific.
    specificity: tuple[int, ...]
    operations: Mapping[str, Operation]

    @property
    def allow(self) -> str:
        methods = {m.upper() for m in self.operations}
        if "GET" in methods:
            methods.add("HEAD")
        methods.add("OPTIONS")
        return ", ".join(sorted(methods))


@dataclass(frozen=True)
class Match:
    route: Route
    operation: Operation | None
    params: dict[str, str]


class Router:
    """Path templates grouped by segment count, most specific first."""

    def __init__(self, by_path: Mapping[str, Mapping[str, Operation]], suffix_values: Mapping[str, Iterable[str]]):
        # suffix_values: name of a parameter glued to a segment's end -> its non-empty values.
        self._suffixes = {name: tuple(v for v in values if v) for name, values in suffix_values.items()}
        groups: dict[int, list[Route]] = {}
        for template, operations in by_path.items():
            route = self._compile(template, operations)
            groups.setdefault(len(route.specificity), []).append(route)
        self._groups = {n: sorted(routes, key=lambda r: r.specificity) for n, routes in groups.items()}

    def _compile(self, template: str, operations: Mapping[str, Operation]) -> Route:
        names: list[str] = []
        parts: list[str] = []
        specificity: list[int] = []
        for segment in template.strip("/").split("/"):
            pieces = PLACEHOLDER.split(segment)
            regex = ""
            kind = 0
            for index, piece in enumerate(pieces):
                if index % 2 == 0:
                    regex += re.escape(piece)
                elif piece in self._suffixes and index == len(pieces) - 2 and not pieces[-1]:
                    values = "|".join(re.escape(v) for v in sorted(self._suffixes[piece], key=len, reverse=True))
                    regex += f"({values})?"
                    names.append(piece)
                    kind = max(kind, 1)
                else:
                    regex += "([^/]+?)"
                    names.append(piece)
                    kind = 2
            parts.append(regex)
            specificity.append(kind)
        pattern = re.compile("/" + "/".join(parts) if parts != [""] else "/")
        return Route(template, pattern, tuple(names), tuple(specificity), operations)

    def match(self, path: str, method: str) -> Match | None:
        """The route for a raw (still percent-encoded) path; None when no template matches."""
        stripped = path.strip("/")
        count = len(stripped.split("/")) if stripped else 1
        first: Match | None = None
        for route in self._groups.get(count, ()):
            if first is not None and route.specificity != first.route.specificity:
                # A concrete path is matched before a templated one (OpenAPI): `PUT /games/unassigned`
                # is a method `/games/unassigned` lacks (405), not `PUT /games/{game_id}`.
                break
            found = route.pattern.fullmatch(path if path != "/" else "/")
            if found is None:
                continue
            params = {name: _decode(value or "") for name, value in zip(route.names, found.groups(), strict=True)}
            operation = route.operations.get(method)
            if operation is not None:
                return Match(route, operation, params)
            if first is None:
                first = Match(route, None, params)
        if first is None:
            return self._unknown_suffix(path, method)
        return first

    def _unknown_suffix(self, path: str, method: str) -> Match | None:
        """`/me.txt`: the route of `/me` with `.txt` as its suffix value, so the suffix's enum refuses it (400)."""
        head, dot, suffix = path.rpartition(".")
        if not dot or "/" in suffix or not suffix or not self._suffixes:
            return None
        found = self.match(head, method)
        if found is None:
            return None
        names = [name for name in found.route.names if name in self._suffixes and not found.params.get(name)]
        if not names:
            return None
        return Match(found.route, found.operation, {**found.params, names[-1]: f".{_decode(suffix)}"})


def _decode(value: str) -> str:
    try:
        return unquote(value, errors="strict")
    except UnicodeDecodeError as exc:
        raise BadPath(str(exc)) from exc
