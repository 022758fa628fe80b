"""The project's own checks: what each API's contract table promises and schemathesis cannot know.

schemathesis validates what the spec declares for documented responses. These checks hold every
response, documented or not, to the contract in `contracts.py`: headers on every response and on
particular statuses, the headers that tell a throttled client when to retry, one error envelope,
the media type the spec and the `{format}` suffix select, records that must belong to the caller,
and HTTPS-only serving. A failing check raises `AssertionError`, which schemathesis reports as
"Custom check failed: `<name>`" with a curl line that reproduces the request.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from defusedxml.ElementTree import ParseError, fromstring
from requests.structures import CaseInsensitiveDict
from schemathesis import Case as GenericCase
from schemathesis import CheckContext, Response
from schemathesis.core.parameters import ParameterLocation

from apicontracts.contracts import ApiContract
from apicontracts.fuzz.observations import Observation
from apicontracts.schemas import escape, resolve, validator_for
from apicontracts.xmlenvelope import SchemaGuide

# schemathesis' Case is generic in its operation type; checks take any operation.
Case = GenericCase[Any]
CheckFunction = Callable[[CheckContext, Response, Case], bool | None]


@dataclass(frozen=True)
class CheckSettings:
    """What the checks know about the run besides the spec: the contract and the caller."""

    contract: ApiContract
    # The server under test over plain HTTP, when known.
    http_url: str | None = None
    # Id of the user the credentials belong to; learned from the first answer when unknown.
    caller_id: str | None = None


def header(response: Response, name: str) -> str | None:
    wanted = name.lower()
    for key, values in response.headers.items():
        if key.lower() == wanted and values:
            return values[0]
    return None


def media_type(response: Response) -> str | None:
    value = header(response, "Content-Type")
    return value.split(";", 1)[0].strip().lower() if value else None


def matches(actual: str | None, declared: str) -> bool:
    """Whether a response's media type falls in a declared one (`image/*` and `*/*` are ranges)."""
    if actual is None:
        return False
    kind, _, subtype = declared.partition("/")
    return declared in (actual, "*/*") or (subtype == "*" and actual.startswith(kind + "/"))


XML = "application/xml"


def is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def documented_response(case: Case, status: int) -> dict[str, Any] | None:
    """The operation's response object for `status` (refs followed), or None when undocumented."""
    document = case.operation.schema.raw_schema
    responses = case.operation.definition.raw.get("responses") or {}
    raw = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
    if raw is None:
        return None
    node, _ = resolve(document, raw)
    return node if isinstance(node, dict) else None


def missing_headers(response: Response, wanted: Mapping[str, str | None]) -> list[str]:
    """`Name` when absent, `Name: expected (got actual)` when a required value differs."""
    problems = []
    for name, expected in wanted.items():
        actual = header(response, name)
        if actual is None:
            problems.append(name)
        elif expected is not None and actual.strip() != expected:
            problems.append(f"{name}: {expected} (got {actual})")
    return problems


class ProjectChecks:
    """One run's project checks; each method is a schemathesis check named after what it holds."""

    def __init__(self, settings: CheckSettings) -> None:
        self.settings = settings
        self.contract = settings.contract
        self._lock = threading.Lock()
        self._caller_id = settings.caller_id
        self._probed: set[tuple[str, str]] = set()
        self._error_validators: dict[int, Any] = {}
        # Responses to the requests these checks send themselves, for the coverage matrix.
        self.probes: list[Observation] = []

    def all(self) -> list[CheckFunction]:
        return [
            self.contract_headers,
            self.status_headers,
            self.throttled_headers,
            self.error_body,
            self.media_type,
            self.caller_data,
            self.credentials_required,
            self.https_redirect,
        ]

    def contract_headers(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """Every response, errors and undocumented statuses included, carries the contract's headers."""
        wanted = {name: None for name in self.contract.every_response_headers.values()}
        missing = missing_headers(response, wanted)
        if missing:
            raise AssertionError(f"{response.status_code} response lacks {', '.join(missing)}")
        return None

    def status_headers(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """A status the contract names (201) carries its headers (Location)."""
        wanted = {name: None for name in self.contract.status_headers.get(response.status_code, {}).values()}
        missing = missing_headers(response, wanted)
        if missing:
            raise AssertionError(f"{response.status_code} response lacks {', '.join(missing)}")
        return None

    def throttled_headers(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """A 429 says when to retry: the contract's headers, with their required values."""
        if response.status_code != 429:
            return True
        missing = missing_headers(response, self.contract.throttled_headers)
        if missing:
            raise AssertionError(f"429 without the headers that say when to retry: {', '.join(missing)}")
        return None

    def error_body(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """A 4xx/5xx JSON body is the API's one error envelope (the contract's `error_schema`)."""
        if response.status_code < 400 or not response.content:
            return True
        media = media_type(response)
        if media == "application/xml":
            # XML bodies cannot be validated against a JSON Schema; media_type still checks the type.
            return True
        if media is None or not is_json(media):
            raise AssertionError(
                f"{response.status_code} error body is {media or 'untyped'}, not the JSON error envelope"
            )
        try:
            body = json.loads(response.content)
        except ValueError as exc:
            raise AssertionError(f"{response.status_code} error body is not valid JSON: {exc}") from exc
        key, validator = self._error_validator(case)
        errors = sorted(validator.iter_errors(body), key=lambda error: list(error.path))
        if errors:
            where = "/".join(str(part) for part in errors[0].path) or "(root)"
            raise AssertionError(
                f"{response.status_code} error body is outside schema {key}: {where}: {errors[0].message}"
            )
        return None

    def media_type(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """A body's media type is one the spec declares for its status, and the one a format suffix selects."""
        if not response.content:
            return True
        actual = media_type(response)
        selected = self._selected_media_type(case)
        if selected is not None and actual != selected:
            suffix = self._format_value(case)
            raise AssertionError(f"format suffix {suffix!r} selects {selected}, but the body is {actual or 'untyped'}")
        documented = documented_response(case, response.status_code)
        if documented is None:
            return None
        declared = [media.lower() for media in documented.get("content") or {}]
        if not declared:
            raise AssertionError(f"{response.status_code} has a {actual or 'untyped'} body, but the spec declares none")
        if not any(matches(actual, media) for media in declared):
            raise AssertionError(
                f"{response.status_code} body is {actual or 'untyped'}; the spec declares {', '.join(declared)}"
            )
        if self.contract.xml_envelope and actual == XML:
            self._check_xml_root(case, documented, response)
        return None

    def _check_xml_root(self, case: Case, documented: dict[str, Any], response: Response) -> None:
        """XML is the JSON envelope with its key as the root element (the contract's `xml_envelope`).

        schemathesis cannot validate XML bodies against their schema; that they parse and are rooted
        in the envelope the schema requires is what can be checked without guessing types.
        """
        try:
            root = fromstring(response.content)
        except (ParseError, ValueError) as exc:
            raise AssertionError(f"{response.status_code} XML body is not well-formed: {exc}") from exc
        schema = ((documented.get("content") or {}).get(XML) or {}).get("schema")
        keys = SchemaGuide(case.operation.schema.raw_schema).envelope_keys(schema)
        if keys and root.tag not in keys:
            raise AssertionError(
                f"{response.status_code} XML root element is <{root.tag}>, not the envelope key "
                f"{' or '.join(f'<{key}>' for key in sorted(keys))} its schema requires"
            )

    def caller_data(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """An operation that returns the caller's own record never returns another user's."""
        pointer = self.contract.caller_id_pointers.get(case.operation.definition.raw.get("operationId", ""))
        if pointer is None or not 200 <= response.status_code < 300 or not is_json(media_type(response) or ""):
            return True
        try:
            found = _at_pointer(json.loads(response.content), pointer)
        except (ValueError, LookupError, TypeError):
            return None
        with self._lock:
            if self._caller_id is None:
                self._caller_id = str(found)
            expected = self._caller_id
        if str(found) != expected:
            raise AssertionError(
                f"{case.operation.label} returned the record of user {found} at {pointer} to caller {expected}"
            )
        return None

    def credentials_required(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """A secured operation answers 401 to the same request without credentials (once per operation).

        schemathesis' `ignored_auth` makes this probe for API-key and HTTP schemes, not for OAuth 2.
        """
        if not 200 <= response.status_code < 300 or not _is_secured(case) or not self._first(case, "credentials"):
            return True
        anonymous = CaseInsensitiveDict(case.headers or {})
        for name in credential_headers(case):
            anonymous.pop(name, None)
        probe = self._send(case, case.derive(headers=anonymous), {})
        if probe.status_code != 401:
            raise AssertionError(
                f"the same {case.method} without credentials answered {probe.status_code}, expected 401"
            )
        return None

    def https_redirect(self, ctx: CheckContext, response: Response, case: Case) -> bool | None:
        """The same request over plain HTTP is redirected to HTTPS (once per operation)."""
        status = self.contract.http_redirect_status
        if status is None or self.settings.http_url is None or not self._first(case, "https"):
            return True
        probe: Response = case.operation.schema.transport.send(
            case.derive(keep_auth=True), base_url=self.settings.http_url, allow_redirects=False
        )
        location = header(probe, "Location") or ""
        if probe.status_code != status or not location.startswith("https://"):
            raise AssertionError(
                f"{case.method} over plain HTTP ({self.settings.http_url}) answered {probe.status_code}"
                f"{' to ' + location if location else ' without Location'}; expected {status} to an https:// URL"
            )
        return None

    def _first(self, case: Case, probe: str) -> bool:
        """Whether this is the first time `probe` runs for the case's operation in this run."""
        if case.method.upper() != case.operation.method.upper():
            # schemathesis' own probe for an unsupported method, not a call of this operation.
            return False
        with self._lock:
            key = (probe, case.operation.label)
            if key in self._probed:
                return False
            self._probed.add(key)
            return True

    def _send(self, parent: Case, probe: Case, kwargs: dict[str, Any]) -> Response:
        # schemathesis' transport applies the run's rate limit and serializes as it does for its own cases.
        if parent.operation.app is not None:
            kwargs.setdefault("app", parent.operation.app)
        response: Response = parent.operation.schema.transport.send(probe, **kwargs)
        with self._lock:
            self.probes.append(Observation(probe.method.upper(), probe.operation.path, response.status_code))
        return response

    def _format_value(self, case: Case) -> str | None:
        for name in self.contract.format_params:
            value = (case.path_parameters or {}).get(name)
            if isinstance(value, str):
                return value
        return None

    def _selected_media_type(self, case: Case) -> str | None:
        # A request whose path does not route to the operation has no representation to select.
        if case.meta is not None and case.meta.is_negative_at(ParameterLocation.PATH):
            return None
        value = self._format_value(case)
        return None if value is None else self.contract.format_suffixes.get(value)

    def _error_validator(self, case: Case) -> tuple[str, Any]:
        document = case.operation.schema.raw_schema
        key = self.contract.error_schema
        if key not in ((document.get("components") or {}).get("schemas") or {}):
            raise AssertionError(f"the spec has no components/schemas/{key}: set error_schema in contracts.py")
        pointer = f"/components/schemas/{escape(key)}"
        with self._lock:
            validator = self._error_validators.get(id(document))
            if validator is None:
                validator = validator_for(document, pointer)
                self._error_validators[id(document)] = validator
        return key, validator


def _at_pointer(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.lstrip("/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def credential_headers(case: Case) -> set[str]:
    """Headers that carry credentials under the spec's security schemes (`Authorization` by default)."""
    schemes = ((case.operation.schema.raw_schema.get("components") or {}).get("securitySchemes")) or {}
    names = {"Authorization"}
    for scheme in schemes.values():
        if isinstance(scheme, dict) and scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            names.add(str(scheme.get("name")))
    return names


def _is_secured(case: Case) -> bool:
    """Whether every way to call the operation needs credentials (`security: []` or `{}` means no)."""
    document = case.operation.schema.raw_schema
    requirements = case.operation.definition.raw.get("security", document.get("security"))
    return bool(requirements) and all(requirement for requirement in requirements)
