"""A copy of a bundle with every `$ref` inlined, for consumers whose tools cannot follow `$ref`.

A recursive schema (an item hierarchy whose nodes hold child nodes) cannot be inlined: its
expansion never ends. There the `$ref` stays, pointing into `components`, which the copy keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from apicontracts.publish.refs import LocalRefs, is_ref
from apicontracts.specio import pointer


@dataclass(frozen=True)
class Dereferenced:
    document: dict[str, Any]
    # The references left in place because inlining them would loop, e.g. "#/components/schemas/ItemNode".
    kept_refs: tuple[str, ...]


def dereference(document: dict[str, Any]) -> Dereferenced:
    refs = LocalRefs(document)
    kept: set[str] = set()

    def inline(node: Any, expanding: tuple[str, ...]) -> Any:
        if is_ref(node):
            ref = node["$ref"]
            if ref in expanding:
                kept.add(ref)
                return {key: inline(value, expanding) for key, value in node.items()}
            target = inline(refs.lookup(ref), (*expanding, ref))
            siblings = {key: inline(value, expanding) for key, value in node.items() if key != "$ref"}
            return {**target, **siblings} if isinstance(target, dict) else target
        if isinstance(node, dict):
            return {key: inline(value, expanding) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(item, expanding) for item in node]
        return node

    components = document.get("components") or {}
    out: dict[str, Any] = {}
    for key, value in document.items():
        if key != "components":
            out[key] = inline(value, ())
    # A component expands with its own reference on the stack, so a self-reference stays one
    # level deep instead of being inlined once more.
    out_components: dict[str, Any] = {}
    for kind, members in components.items():
        out_components[kind] = {
            name: inline(member, ("#" + pointer(["components", kind, name]),)) for name, member in members.items()
        }
    if components:
        out["components"] = out_components
    return Dereferenced(document=out, kept_refs=tuple(sorted(kept)))
