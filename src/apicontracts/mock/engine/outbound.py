"""Checking a reply against the spec before it is sent: documented status, body schema, headers."""

from __future__ import annotations

from typing import Any

from apicontracts.mock.engine.coercion import Coercer, coercer, schema_types
from apicontracts.mock.engine.exchange import Reply
from apicontracts.mock.engine.spec import Operation, SpecIndex
from apicontracts.mock.engine.validation import Validators


class ReplyCheck:
    """Finds what is wrong with a reply; an empty list means it matches the spec."""

    def __init__(self, index: SpecIndex, validators: Validators, error_schema: str) -> None:
        self.index = index
        self.validators = validators
        self.error_pointer = f"/components/schemas/{error_schema}"
        self._header_coercers: dict[str, Coercer] = {}
        self._header_verdicts: dict[tuple[str, str], bool] = {}

    def problems(self, operation: Operation | None, reply: Reply, media: str, head: bool) -> list[str]:
        if operation is None:
            return self._unrouted(reply)
        spec = operation.responses.get(reply.status)
        if spec is None:
            return [f"status {reply.status} is not documented for {operation.operation_id}"]
        found: list[str] = []
        if reply.body is not None:
            # `image/png` is documented by `image/*` too.
            pointer = spec.media.get(media) or spec.media.get(media.split("/", 1)[0] + "/*")
            if pointer is None:
                found.append(f"{operation.operation_id} {reply.status} documents no {media} body")
            elif isinstance(reply.body, bytes):
                # A binary body (`format: binary`) has no JSON instance to validate; its media type is checked.
                pass
            elif not self.validators.is_valid(pointer, reply.body):
                details = "; ".join(f"{e.path}: {e.message}" for e in self.validators.errors(pointer, reply.body))
                found.append(f"{operation.operation_id} {reply.status} body: {details}")
        elif spec.media and not head:
            found.append(f"{operation.operation_id} {reply.status} documents a body but none was sent")
        headers = {name.lower(): value for name, value in reply.headers.items()}
        for name, (required, pointer) in spec.headers.items():
            if name not in headers:
                if required:
                    found.append(f"{operation.operation_id} {reply.status} lacks the required header {name}")
                continue
            if not self._header_valid(pointer, headers[name]):
                found.append(
                    f"{operation.operation_id} {reply.status} header {name}={headers[name]!r} breaks its schema"
                )
        return found

    def _unrouted(self, reply: Reply) -> list[str]:
        if reply.body is None or self.validators.is_valid(self.error_pointer, reply.body):
            return []
        details = "; ".join(f"{e.path}: {e.message}" for e in self.validators.errors(self.error_pointer, reply.body))
        return [f"error body of a {reply.status} breaks {self.error_pointer}: {details}"]

    def _header_valid(self, pointer: str, text: str) -> bool:
        # Header values repeat (rate-limit counters, media types): remember the verdicts.
        key = (pointer, text)
        verdict = self._header_verdicts.get(key)
        if verdict is None:
            if len(self._header_verdicts) > 50_000:
                self._header_verdicts.clear()
            verdict = self.validators.is_valid(pointer, self._coerce_header(pointer, text))
            self._header_verdicts[key] = verdict
        return verdict

    def _coerce_header(self, pointer: str, value: str) -> Any:
        coerce = self._header_coercers.get(pointer)
        if coerce is None:
            coerce = coercer(schema_types(self.index.document, self.index.node_at(pointer)))
            self._header_coercers[pointer] = coerce
        return coerce(value)
