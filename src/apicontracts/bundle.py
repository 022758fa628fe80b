"""Turn a split spec (root index + one component per file) into one bundled document.

Cross-file `$ref`s are an authoring convenience: `../schemas/Game.yaml` becomes
`#/components/schemas/Game`, and path items are inlined under `paths`. Every node of the
bundle remembers the source file and JSON pointer it came from, so lint messages can name
`file:line` even when a rule works on the bundled document.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from apicontracts.contracts import ROOT, ApiContract
from apicontracts.specio import SourceFile, SpecError, dump_json, dump_yaml, load_source, write_if_changed

COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)
ROOT_KEY_ORDER = ("openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "paths", "webhooks")


def relative(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


@dataclass
class Bundle:
    """A bundled OpenAPI document and where each of its nodes was written."""

    api: ApiContract
    document: dict[str, Any]
    sources: dict[Path, SourceFile]
    spec_dir: Path
    origins: dict[int, tuple[Path, str]] = field(default_factory=dict)
    # Kept alive so that ids in `origins` stay unique for the bundle's lifetime.
    _nodes: list[Any] = field(default_factory=list)

    def remember(self, node: Any, path: Path, ptr: str) -> None:
        self.origins[id(node)] = (path, ptr)
        self._nodes.append(node)

    def locate(self, node: Any) -> str:
        """`file:line` of a bundled node (dict or list)."""
        origin = self.origins.get(id(node))
        if origin is None:
            return f"{relative(self.spec_dir / 'openapi.yaml')}:1"
        path, ptr = origin
        return f"{relative(path)}:{self.sources[path].line_of(ptr)}"

    def locate_key(self, node: Any, key: str | int) -> str:
        """`file:line` of one member of a bundled dict or list."""
        origin = self.origins.get(id(node))
        if origin is None:
            return self.locate(node)
        path, ptr = origin
        child = f"{ptr}/{str(key).replace('~', '~0').replace('/', '~1')}"
        return f"{relative(path)}:{self.sources[path].line_of(child)}"

    def resolve(self, node: Any) -> Any:
        """Follow local `#/components/...` references until a concrete node."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return node
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    return node
                target = target[part]
            node = target
        return node


class Bundler:
    """Builds a `Bundle` from `spec/<api>/openapi.yaml` and the files it references."""

    def __init__(self, api: ApiContract, spec_dir: Path | None = None) -> None:
        self.api = api
        self.spec_dir = (spec_dir or api.spec_dir).resolve()
        self.sources: dict[Path, SourceFile] = {}
        self.components: dict[str, dict[str, Any]] = {}
        self.in_progress: set[Path] = set()
        self.bundle_: Bundle | None = None

    def _load(self, path: Path) -> SourceFile:
        if path not in self.sources:
            self.sources[path] = load_source(path)
        return self.sources[path]

    def build(self) -> Bundle:
        root_path = self.spec_dir / "openapi.yaml"
        root = self._load(root_path)
        if not isinstance(root.data, dict):
            raise SpecError(f"{relative(root_path)}:1: root: the root file must be a mapping")
        self.bundle_ = Bundle(api=self.api, document={}, sources=self.sources, spec_dir=self.spec_dir)
        paths = root.data.get("paths") or {}
        bundled_paths: dict[str, Any] = {}
        self.bundle_.remember(bundled_paths, root_path, "/paths")
        for route, item in paths.items():
            bundled_paths[route] = self._path_item(root, route, item)
        for kind, members in (root.data.get("components") or {}).items():
            for key, value in members.items():
                converted = self._convert(value, root, f"/components/{kind}/{key}")
                self.components.setdefault(kind, {})[key] = converted
        document: dict[str, Any] = {}
        for key in ROOT_KEY_ORDER:
            if key == "paths":
                document["paths"] = bundled_paths
            elif key in root.data:
                document[key] = self._convert(root.data[key], root, f"/{key}")
        for key, value in root.data.items():
            if key not in document and key != "components":
                document[key] = self._convert(value, root, f"/{key}")
        document["components"] = {
            kind: dict(sorted(self.components[kind].items())) for kind in COMPONENT_KINDS if self.components.get(kind)
        }
        self.bundle_.remember(document, root_path, "")
        self.bundle_.document = document
        return self.bundle_

    def _path_item(self, root: SourceFile, route: str, item: Any) -> Any:
        ptr = f"/paths/{route.replace('~', '~0').replace('/', '~1')}"
        if not (isinstance(item, dict) and set(item) == {"$ref"}):
            raise SpecError(
                f"{relative(root.path)}:{root.line_of(ptr)}: root-index: path '{route}' must be only "
                "`$ref: paths/<file>.yaml`; move the path item into its own file"
            )
        target = self._target(root, ptr, item["$ref"])
        source = self._load(target)
        return self._convert(source.data, source, "")

    def _target(self, source: SourceFile, ptr: str, ref: str) -> Path:
        where = f"{relative(source.path)}:{source.line_of(ptr)}"
        if "#" in ref:
            raise SpecError(f"{where}: ref: '{ref}' has a fragment; refer to a whole file (one component per file)")
        target = (source.path.parent / ref).resolve()
        if not target.is_relative_to(self.spec_dir):
            raise SpecError(f"{where}: ref: '{ref}' points outside {relative(self.spec_dir)}")
        if not target.is_file():
            raise SpecError(f"{where}: ref: '{ref}' does not exist; create {relative(target)} or fix the path")
        return target

    def _component_ref(self, source: SourceFile, ptr: str, ref: str) -> str:
        target = self._target(source, ptr, ref)
        kind, key = target.parent.name, target.stem
        if kind not in COMPONENT_KINDS:
            raise SpecError(
                f"{relative(source.path)}:{source.line_of(ptr)}: ref: '{ref}' is not in a component folder; "
                f"components live in one of {', '.join(COMPONENT_KINDS)}"
            )
        members = self.components.setdefault(kind, {})
        if key not in members and target not in self.in_progress:
            self.in_progress.add(target)
            component = self._load(target)
            members[key] = self._convert(component.data, component, "")
            self.in_progress.discard(target)
        return f"#/components/{kind}/{key}"

    def _convert(self, value: Any, source: SourceFile, ptr: str) -> Any:
        assert self.bundle_ is not None
        if isinstance(value, dict):
            out: dict[str, Any] = {}
            for key, member in value.items():
                child = f"{ptr}/{str(key).replace('~', '~0').replace('/', '~1')}"
                if key == "$ref" and isinstance(member, str) and not member.startswith("#"):
                    out[key] = self._component_ref(source, child, member)
                else:
                    out[str(key)] = self._convert(member, source, child)
            self.bundle_.remember(out, source.path, ptr)
            return out
        if isinstance(value, list):
            items = [self._convert(item, source, f"{ptr}/{index}") for index, item in enumerate(value)]
            self.bundle_.remember(items, source.path, ptr)
            return items
        if isinstance(value, (dt.date, dt.datetime)):
            raise SpecError(
                f"{relative(source.path)}:{source.line_of(ptr)}: yaml: {value} was read as a date, "
                "which JSON cannot hold; quote it"
            )
        return value


def build_bundle(api: ApiContract, spec_dir: Path | None = None) -> Bundle:
    return Bundler(api, spec_dir).build()


def write_bundle(bundle: Bundle, out_dir: Path | None = None) -> list[Path]:
    """Write openapi.json and openapi.yaml; returns the files that changed."""
    target = out_dir or bundle.api.bundle_dir
    changed = []
    for name, text in (
        ("openapi.json", dump_json(bundle.document)),
        ("openapi.yaml", dump_yaml(bundle.document)),
    ):
        if write_if_changed(target / name, text):
            changed.append(target / name)
    return changed
