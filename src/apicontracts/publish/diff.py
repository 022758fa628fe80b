"""The breaking-change check: every difference between two bundled documents that a consumer sees.

Operations are matched by method and path template (parameter names aside, so renaming
`{id}` to `{courseId}` is not a removal); parameters by location and name (path parameters by
position); responses by status code; bodies by media type. Schemas are compared by `schemas`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from apicontracts.publish.changes import Change, Direction, Section
from apicontracts.publish.refs import Component, LocalRefs
from apicontracts.publish.schemas import Place, SchemaDiff
from apicontracts.schemas import HTTP_METHODS

_TEMPLATE = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def name(self) -> str:
        """How the report attributes a change: the operationId, as consumers' clients name it."""
        return str(self.node.get("operationId") or f"{self.method.upper()} {self.path}")

    @property
    def label(self) -> str:
        op_id = self.node.get("operationId")
        return f"`{self.method.upper()} {self.path}`" + (f" ({op_id})" if op_id else "")


def _operations(document: dict[str, Any], refs: LocalRefs) -> dict[tuple[str, str], Operation]:
    found: dict[tuple[str, str], Operation] = {}
    for path, item in (document.get("paths") or {}).items():
        item, _ = refs.follow(item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                found[(_TEMPLATE.sub("{}", path), method)] = Operation(path, method, item[method], item)
    return found


def _parameters(
    operation: Operation, refs: LocalRefs
) -> dict[tuple[str, str], tuple[dict[str, Any], Component | None]]:
    """Parameters keyed by where they go; an operation's own override its path item's."""
    names = _TEMPLATE.findall(operation.path)
    keyed: dict[tuple[str, str], tuple[dict[str, Any], Component | None]] = {}
    for raw in [*(operation.path_item.get("parameters") or []), *(operation.node.get("parameters") or [])]:
        parameter, component = refs.follow(raw)
        where, name = parameter.get("in", ""), str(parameter.get("name", ""))
        if where == "path" and name in names:
            keyed[(where, f"#{names.index(name)}")] = parameter, component
        else:
            keyed[(where, name.lower() if where == "header" else name)] = parameter, component
    return keyed


def _content(node: dict[str, Any] | None) -> dict[str, Any]:
    return (node or {}).get("content") or {}


@dataclass(frozen=True)
class Subject:
    """What a change is reported under: one operation's part, or a component the operations share."""

    text: str
    shared: bool = False

    @classmethod
    def of(cls, own: str, label: str, old: Component | None, new: Component | None) -> Subject:
        # Both versions use the same named component: report its changes once, under its name.
        if old is not None and old == new:
            return cls(f"{label} `{new.name}`", shared=True)
        return cls(own)

    def place(self, section: Section) -> Place:
        return Place(section, self.text, shared=self.shared)


class DocumentDiff:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.old_refs = LocalRefs(old)
        self.new_refs = LocalRefs(new)
        self.changes: list[Change] = []

    def run(self) -> list[Change]:
        before = _operations(self.old, self.old_refs)
        after = _operations(self.new, self.new_refs)
        for key in sorted(before.keys() | after.keys()):
            if key not in after:
                self._add(Section.OPERATIONS, Subject(before[key].label), "removed", True, before[key])
            elif key not in before:
                self._add(Section.OPERATIONS, Subject(after[key].label), "added", False, after[key])
            else:
                self._operation(before[key], after[key])
        return self.changes

    def _add(self, section: Section, subject: Subject, message: str, breaking: bool, operation: Operation) -> None:
        self.changes.append(Change(section, subject.text, message, breaking, operation.name, subject.shared))

    def _schemas(self, direction: Direction, operation: Operation) -> SchemaDiff:
        return SchemaDiff(self.old_refs, self.new_refs, direction, operation.name, self.changes.append)

    def _operation(self, old: Operation, new: Operation) -> None:
        subject = Subject(new.label)
        old_id, new_id = old.node.get("operationId"), new.node.get("operationId")
        if old_id != new_id:
            message = f"operationId changed from `{old_id}` to `{new_id}`: generated clients rename the method"
            self._add(Section.OPERATIONS, subject, message, True, new)
        if new.node.get("deprecated") and not old.node.get("deprecated"):
            self._add(Section.OPERATIONS, subject, "deprecated", False, new)
        self._parameters(old, new)
        self._request_body(old, new)
        self._responses(old, new)

    def _parameters(self, old: Operation, new: Operation) -> None:
        before = _parameters(old, self.old_refs)
        after = _parameters(new, self.new_refs)
        for key in sorted(before.keys() | after.keys()):
            parameter = (after.get(key) or before[key])[0]
            own = Subject(f"{new.label} {parameter.get('in')} parameter `{parameter.get('name')}`")
            if key not in after:
                self._add(Section.PARAMETERS, own, "removed", True, new)
            elif key not in before:
                required = bool(after[key][0].get("required"))
                self._add(Section.PARAMETERS, own, "added as required" if required else "added", required, new)
            else:
                (old_parameter, old_component), (new_parameter, new_component) = before[key], after[key]
                subject = Subject.of(own.text, "parameter", old_component, new_component)
                self._parameter(subject, old_parameter, new_parameter, new)

    def _parameter(self, subject: Subject, old: dict[str, Any], new: dict[str, Any], operation: Operation) -> None:
        if old.get("name") != new.get("name"):
            message = f"renamed from `{old.get('name')}`: generated clients rename the argument"
            self._add(Section.PARAMETERS, subject, message, True, operation)
        was, now = bool(old.get("required")), bool(new.get("required"))
        if was != now:
            self._add(Section.PARAMETERS, subject, "now required" if now else "now optional", now, operation)
        place = subject.place(Section.PARAMETERS)
        self._schemas(Direction.REQUEST, operation).compare(old.get("schema"), new.get("schema"), place)

    def _request_body(self, old: Operation, new: Operation) -> None:
        own = Subject(f"{new.label} request body")
        if "requestBody" not in old.node and "requestBody" not in new.node:
            return
        if "requestBody" not in new.node:
            self._add(Section.REQUEST_BODIES, own, "removed", True, new)
            return
        after, new_component = self.new_refs.follow(new.node["requestBody"])
        now = bool(after.get("required"))
        if "requestBody" not in old.node:
            self._add(Section.REQUEST_BODIES, own, "added as required" if now else "added", now, new)
            return
        before, old_component = self.old_refs.follow(old.node["requestBody"])
        subject = Subject.of(own.text, "request body", old_component, new_component)
        if bool(before.get("required")) != now:
            self._add(Section.REQUEST_BODIES, subject, "now required" if now else "now optional", now, new)
        self._media(Direction.REQUEST, subject, Section.REQUEST_BODIES, _content(before), _content(after), new)

    def _responses(self, old: Operation, new: Operation) -> None:
        before: dict[str, Any] = old.node.get("responses") or {}
        after: dict[str, Any] = new.node.get("responses") or {}
        for code in sorted(before.keys() | after.keys()):
            own = Subject(f"{new.label} response `{code}`")
            if code not in after:
                self._add(Section.RESPONSES, own, "no longer documented", True, new)
            elif code not in before:
                self._add(Section.RESPONSES, own, "added", False, new)
            else:
                old_response, old_component = self.old_refs.follow(before[code])
                new_response, new_component = self.new_refs.follow(after[code])
                subject = Subject.of(own.text, "response", old_component, new_component)
                self._headers(subject, old_response, new_response, new)
                content = _content(old_response), _content(new_response)
                self._media(Direction.RESPONSE, subject, Section.RESPONSES, *content, new)

    def _headers(self, response: Subject, old: dict[str, Any], new: dict[str, Any], operation: Operation) -> None:
        before = {name.lower(): header for name, header in (old.get("headers") or {}).items()}
        after = {name.lower(): header for name, header in (new.get("headers") or {}).items()}
        for name in sorted(before.keys() | after.keys()):
            own = Subject(f"{response.text} header `{name}`", response.shared)
            if name not in after:
                self._add(Section.RESPONSES, own, "no longer sent", True, operation)
            elif name not in before:
                self._add(Section.RESPONSES, own, "added", False, operation)
            else:
                old_header, old_component = self.old_refs.follow(before[name])
                new_header, new_component = self.new_refs.follow(after[name])
                subject = own if own.shared else Subject.of(own.text, "header", old_component, new_component)
                place = subject.place(Section.RESPONSES)
                schemas = self._schemas(Direction.RESPONSE, operation)
                schemas.compare(old_header.get("schema"), new_header.get("schema"), place)

    def _media(
        self,
        direction: Direction,
        subject: Subject,
        section: Section,
        before: dict[str, Any],
        after: dict[str, Any],
        operation: Operation,
    ) -> None:
        verb = "accepted" if direction is Direction.REQUEST else "returned"
        for media in sorted(before.keys() | after.keys()):
            if media not in after:
                self._add(section, subject, f"media type `{media}` no longer {verb}", True, operation)
            elif media not in before:
                self._add(section, subject, f"media type `{media}` now {verb}", False, operation)
            elif "schema" in before[media] and "schema" in after[media]:
                place = replace(subject.place(section), root=f"{subject.text} `{media}`")
                self._schemas(direction, operation).compare(before[media]["schema"], after[media]["schema"], place)


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new`, each marked breaking or not."""
    return DocumentDiff(old, new).run()
