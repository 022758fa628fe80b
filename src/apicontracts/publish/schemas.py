"""Comparing two versions of one schema: what a client can no longer send, or rely on receiving.

A request schema breaks clients when it accepts less (a type or enum value gone, a tighter
bound, a new required field); a response schema breaks them when it takes away what they read
(a field removed or no longer always present, a type changed). Additions never break.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from apicontracts.publish.changes import Change, Direction, Section
from apicontracts.publish.refs import LocalRefs, is_ref

UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
ALTERNATIVES = ("oneOf", "anyOf")


@dataclass(frozen=True)
class Place:
    """Where in the contract a schema node sits: an operation's body or parameter, or a named schema."""

    section: Section
    root: str
    path: str = ""
    # A named component used by many operations, rather than one operation's own part.
    shared: bool = False

    def field(self, name: str) -> Place:
        return replace(self, path=f"{self.path}.{name}" if self.path else name)

    def items(self) -> Place:
        return replace(self, path=f"{self.path}[]")

    def __str__(self) -> str:
        return f"{self.root}, field `{self.path}`" if self.path else self.root


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema allows; None when it does not restrict the type."""
    declared = schema.get("type")
    if declared is None:
        return None
    types = {declared} if isinstance(declared, str) else set(declared)
    if schema.get("nullable") is True:  # OpenAPI 3.0 spelling of a "null" type
        types.add("null")
    return frozenset(types)


def _covered(kind: str, types: frozenset[str]) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _values(schema: dict[str, Any]) -> dict[str, Any] | None:
    """Allowed values keyed by their JSON text (so lists and objects compare), or None for any."""
    if "const" in schema:
        return {json.dumps(schema["const"], sort_keys=True): schema["const"]}
    if isinstance(schema.get("enum"), list):
        return {json.dumps(value, sort_keys=True): value for value in schema["enum"]}
    return None


def _number(value: Any) -> float | None:
    # OpenAPI 3.0 writes exclusiveMaximum as a boolean flag; only 3.1's numeric form is a bound.
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _show(values: Any) -> str:
    if isinstance(values, frozenset | set):
        return " | ".join(sorted(f"`{v}`" for v in values))
    return ", ".join(f"`{v}`" for v in values)


class SchemaDiff:
    """Compares schema pairs of one operation in one direction, reporting each change once."""

    def __init__(
        self,
        old_refs: LocalRefs,
        new_refs: LocalRefs,
        direction: Direction,
        operation: str,
        emit: Callable[[Change], None],
    ) -> None:
        self.old_refs = old_refs
        self.new_refs = new_refs
        self.direction = direction
        self.operation = operation
        self.emit = emit

    def compare(self, old: Any, new: Any, place: Place) -> None:
        self._compare(old, new, place, frozenset())

    def _report(self, place: Place, message: str, breaking: bool) -> None:
        # A shared schema may travel both ways; the report says which one each finding is about.
        direction = self.direction if place.section is Section.SCHEMAS else None
        self.emit(Change(place.section, str(place), message, breaking, self.operation, place.shared, direction))

    def _narrowed(self, place: Place, message: str) -> None:
        self._report(place, message, breaking=self.direction is Direction.REQUEST)

    def _widened(self, place: Place, message: str) -> None:
        self._report(place, message, breaking=False)

    def _compare(self, old: Any, new: Any, place: Place, active: frozenset[tuple[str | None, str | None]]) -> None:
        old_node, old_component = self.old_refs.follow(_as_ref(old))
        new_node, new_component = self.new_refs.follow(_as_ref(new))
        old_name = old_component.name if old_component else None
        new_name = new_component.name if new_component else None
        if old_name is not None or new_name is not None:
            if (old_name, new_name) in active:
                return  # a recursive schema: this pair is already being compared further up
            active = active | {(old_name, new_name)}
            if old_name == new_name:
                place = Place(Section.SCHEMAS, f"schema `{old_name}`", shared=True)
        if not isinstance(old_node, dict) or not isinstance(new_node, dict):
            return
        old_node = _merge_all_of(old_node, self.old_refs)
        new_node = _merge_all_of(new_node, self.new_refs)
        self._compare_types(old_node, new_node, place)
        self._compare_values(old_node, new_node, place)
        self._compare_bounds(old_node, new_node, place)
        self._compare_properties(old_node, new_node, place, active)
        if isinstance(old_node.get("items"), dict) and isinstance(new_node.get("items"), dict):
            self._compare(old_node["items"], new_node["items"], place.items(), active)
        for keyword in ALTERNATIVES:
            self._compare_alternatives(keyword, old_node, new_node, place, active)

    def _compare_types(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        before, after = _types(old), _types(new)
        if before == after:
            return
        if before is None:
            self._narrowed(place, f"type restricted to {_show(after)}")
        elif after is None:
            self._widened(place, f"type no longer restricted (was {_show(before)})")
        else:
            removed = {kind for kind in before if not _covered(kind, after)}
            added = {kind for kind in after if not _covered(kind, before)}
            if removed and added:
                self._report(place, f"type changed from {_show(before)} to {_show(after)}", breaking=True)
            elif removed:
                self._narrowed(place, f"type narrowed from {_show(before)} to {_show(after)}")
            elif added:
                self._widened(place, f"type widened from {_show(before)} to {_show(after)}")

    def _compare_values(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        before, after = _values(old), _values(new)
        if before is None and after is None:
            return
        if before is None:
            assert after is not None
            self._narrowed(place, f"values restricted to {_show(after)}")
        elif after is None:
            self._widened(place, "values no longer restricted to an enum")
        else:
            if removed := [key for key in before if key not in after]:
                self._narrowed(place, f"enum value(s) {_show(removed)} removed")
            if added := [key for key in after if key not in before]:
                self._widened(place, f"enum value(s) {_show(added)} added")

    def _compare_bounds(self, old: dict[str, Any], new: dict[str, Any], place: Place) -> None:
        for keyword, tighter_when_lower in [(k, True) for k in UPPER_BOUNDS] + [(k, False) for k in LOWER_BOUNDS]:
            before, after = _number(old.get(keyword)), _number(new.get(keyword))
            if before == after:
                continue
            if after is None:
                self._widened(place, f"`{keyword}` {before} removed")
            elif before is None:
                self._narrowed(place, f"`{keyword}` {after} added")
            elif (after < before) == tighter_when_lower:
                self._narrowed(place, f"`{keyword}` tightened from {before} to {after}")
            else:
                self._widened(place, f"`{keyword}` relaxed from {before} to {after}")
        for keyword in ("pattern", "multipleOf", "format"):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            if after is None:
                self._widened(place, f"`{keyword}` {before!r} removed")
            elif before is None:
                self._narrowed(place, f"`{keyword}` {after!r} added")
            elif keyword == "format":
                # Clients parse by format (a date-time into a datetime), so a new format breaks both ways.
                self._report(place, f"`format` changed from {before!r} to {after!r}", breaking=True)
            else:
                self._narrowed(place, f"`{keyword}` changed from {before!r} to {after!r}")
        if not old.get("uniqueItems") and new.get("uniqueItems"):
            self._narrowed(place, "`uniqueItems` added")
        elif old.get("uniqueItems") and not new.get("uniqueItems"):
            self._widened(place, "`uniqueItems` removed")

    def _hidden(self, schema: Any, refs: LocalRefs) -> bool:
        """readOnly fields are never sent and writeOnly fields never returned."""
        node, _ = refs.follow(schema)
        if not isinstance(node, dict):
            return False
        flag = "readOnly" if self.direction is Direction.REQUEST else "writeOnly"
        return node.get(flag) is True

    def _compare_properties(
        self, old: dict[str, Any], new: dict[str, Any], place: Place, active: frozenset[tuple[str | None, str | None]]
    ) -> None:
        before: dict[str, Any] = old.get("properties") or {}
        after: dict[str, Any] = new.get("properties") or {}
        was_required = set(old.get("required") or [])
        is_required = set(new.get("required") or [])
        request = self.direction is Direction.REQUEST
        for name in sorted(before.keys() | after.keys() | (is_required - was_required)):
            field = place.field(name)
            if name in before and name not in after:
                if not self._hidden(before[name], self.old_refs):
                    self._report(field, "removed", breaking=True)
            elif name in after and name not in before:
                if self._hidden(after[name], self.new_refs):
                    continue
                if request and name in is_required:
                    self._report(field, "added as a required field", breaking=True)
                else:
                    self._report(field, "added", breaking=False)
            elif name not in after:
                # Required without a property schema: only the requirement itself changed.
                if request:
                    self._report(field, "now required", breaking=True)
            else:
                if self._hidden(before[name], self.old_refs) or self._hidden(after[name], self.new_refs):
                    continue
                self._compare_requirement(field, name in was_required, name in is_required)
                self._compare(before[name], after[name], field, active)
        self._compare_additional(old, new, place, active)

    def _compare_requirement(self, field: Place, was: bool, now: bool) -> None:
        if was == now:
            return
        if self.direction is Direction.REQUEST:
            self._report(field, "now required" if now else "now optional", breaking=now)
        else:
            self._report(field, "now always present" if now else "no longer always present", breaking=not now)

    def _compare_additional(
        self, old: dict[str, Any], new: dict[str, Any], place: Place, active: frozenset[tuple[str | None, str | None]]
    ) -> None:
        before = old.get("additionalProperties", True)
        after = new.get("additionalProperties", True)
        if before is not False and after is False:
            self._narrowed(place, "no longer allows additional properties")
        elif before is False and after is not False:
            self._widened(place, "now allows additional properties")
        if isinstance(before, dict) and isinstance(after, dict):
            self._compare(before, after, place.field("*"), active)

    def _compare_alternatives(
        self,
        keyword: str,
        old: dict[str, Any],
        new: dict[str, Any],
        place: Place,
        active: frozenset[tuple[str | None, str | None]],
    ) -> None:
        before = _branches(old.get(keyword) or [])
        after = _branches(new.get(keyword) or [])
        for label in before.keys() - after.keys():
            self._narrowed(place, f"`{keyword}` alternative {label} removed")
        for label in after.keys() - before.keys():
            self._widened(place, f"`{keyword}` alternative {label} added")
        for label in sorted(before.keys() & after.keys()):
            self._compare(before[label], after[label], place, active)


def _as_ref(schema: Any) -> Any:
    """Read `allOf: [{$ref: X}]` plus annotations as what it is: a reference to X, annotated."""
    if isinstance(schema, dict) and isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        (only,) = schema["allOf"]
        if is_ref(only):
            return {**only, **{key: value for key, value in schema.items() if key != "allOf"}}
    return schema


def _branches(branches: list[Any]) -> dict[str, Any]:
    """oneOf/anyOf branches keyed by the schema they name, or by position when inline."""
    keyed: dict[str, Any] = {}
    for index, branch in enumerate(branches):
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        keyed[f"`{ref.rsplit('/', 1)[-1]}`" if isinstance(ref, str) else f"#{index + 1}"] = branch
    return keyed


def _merge_all_of(schema: dict[str, Any], refs: LocalRefs, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """One schema holding what every `allOf` part requires: properties and `required` are joined."""
    if not isinstance(schema.get("allOf"), list):
        return schema
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    properties = dict(merged.get("properties") or {})
    required = list(merged.get("required") or [])
    for part in schema["allOf"]:
        node, component = refs.follow(part)
        name = component.name if component else None
        if not isinstance(node, dict) or (name is not None and name in seen):
            continue
        node = _merge_all_of(node, refs, seen | {name} if name else seen)
        for key, value in (node.get("properties") or {}).items():
            properties.setdefault(key, value)
        required += [item for item in node.get("required") or [] if item not in required]
        for key, value in node.items():
            if key not in ("properties", "required"):
                merged.setdefault(key, value)
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged
