"""MockApp: the ASGI application that runs an API's behaviour on the engine (pipeline in ENGINE.md)."""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

from apicontracts.mock.engine.behaviour import ApiBehaviour, RateLimitPolicy
from apicontracts.mock.engine.bodies import render_json
from apicontracts.mock.engine.config import MockConfig
from apicontracts.mock.engine.credentials import Credentials
from apicontracts.mock.engine.exchange import ApiProblem, Call, Failure, RateState, Reply, Request
from apicontracts.mock.engine.faults import FaultInjector, parse_prefer
from apicontracts.mock.engine.inbound import OperationCheck, default_parser
from apicontracts.mock.engine.outbound import ReplyCheck
from apicontracts.mock.engine.ratelimit import RateLimiter
from apicontracts.mock.engine.routing import BadPath, Router
from apicontracts.mock.engine.spec import Operation, SpecIndex
from apicontracts.mock.engine.store import Store
from apicontracts.mock.engine.validation import Validators

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

log = logging.getLogger("apicontracts.mock")

SEEDED = "seeded"


class _TooLarge(Exception):
    pass


class MockApp:
    """An ASGI app serving one API from its bundled spec, state in SQLite."""

    def __init__(self, behaviour: ApiBehaviour, *, database: str | Path = ":memory:", config: MockConfig | None = None):
        self.behaviour = behaviour
        self.config = config or MockConfig()
        self.api = behaviour.contract.name
        self.base_path = behaviour.base_path
        self.token_path = behaviour.token_path
        compiled = _compile(
            behaviour.contract.bundle_dir / "openapi.json", behaviour.contract.format_params, behaviour.errors.schema
        )
        self.index, self.validators, self.router, self.checks, self.reply_check = compiled
        self.store = _open_store(behaviour, database)
        policy = behaviour.rate_limit
        self.limiter = RateLimiter(policy.windows, self.config.clock) if policy and self.config.rate_limits else None
        # With limits off, headers still describe a full budget.
        self._idle_limiter = RateLimiter(policy.windows, self.config.clock) if policy else None
        self._idle_state: tuple[int, RateState] | None = None
        self.faults = FaultInjector(self.config)
        self.parser_for = default_parser(behaviour.media.parsers)
        # Every reply that broke the spec (and was replaced by a 500): tests assert this stays empty.
        self.response_failures: list[str] = []
        self.credentials: Credentials = behaviour.auth.credentials(self.store)

    # ASGI entry point -------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        try:
            body = await _read_body(receive, self.config.max_body_bytes)
            too_large = False
        except _TooLarge:
            body, too_large = b"", True
        request, problem = self._request(scope, body)
        if too_large:
            problem = problem or ApiProblem(400, "The request body is too large", failure=Failure.BODY_TOO_LARGE)
        operation, reply = await self._respond(request, problem)
        await self._send(send, request, operation, reply)

    def _request(self, scope: Scope, body: bytes) -> tuple[Request, ApiProblem | None]:
        headers: dict[str, str] = {}
        for name, value in scope.get("headers", ()):
            _add_header(headers, name.decode("latin-1"), value.decode("latin-1"))
        # httpx's ASGI transport puts the query string in raw_path; servers do not.
        raw_path = (scope.get("raw_path") or scope["path"].encode("utf-8")).split(b"?", 1)[0]
        server = scope.get("server") or ("127.0.0.1", 80)
        return self._make_request(
            method=scope["method"],
            path=scope["path"],
            raw_path=raw_path.decode("latin-1"),
            query_string=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=body,
            scheme=scope.get("scheme", "http"),
            server=f"{server[0]}:{server[1]}",
        )

    def _make_request(
        self,
        *,
        method: str,
        path: str,
        raw_path: str,
        query_string: str,
        headers: dict[str, str],
        body: bytes,
        scheme: str,
        server: str,
    ) -> tuple[Request, ApiProblem | None]:
        query: dict[str, list[str]] = {}
        problem = None
        try:
            for name, value in parse_qsl(query_string, keep_blank_values=True, errors="strict"):
                query.setdefault(name, []).append(value)
        except UnicodeDecodeError:
            problem = ApiProblem(400, "The query string is not valid UTF-8", failure=Failure.QUERY)
        request = Request(
            method=method.upper(),
            path=path,
            raw_path=raw_path,
            raw_query=query_string,
            query=query,
            headers=headers,
            body=body,
            scheme=scheme,
            host=headers.get("host") or server,
            base_path=self.base_path,
            store=self.store,
            clock=self.config.clock,
            config=self.config,
        )
        return request, problem

    # The pipeline -----------------------------------------------------------------------------

    async def _respond(self, request: Request, problem: ApiProblem | None) -> tuple[Operation | None, Reply]:
        operation: Operation | None = None
        try:
            extra = self.behaviour.extra_routes.get((request.method, request.raw_path))
            if extra is not None and problem is None:
                return None, extra(request)
            operation, path_params, allow = self._route(request)
            if allow is not None:
                return None, Reply(204, None, {"Allow": allow})
            if problem is not None:
                raise problem
            assert operation is not None
            reply = await self._operate(request, operation, path_params)
        except ApiProblem as exc:
            reply = self._problem_reply(request, operation, exc)
        except Exception:
            log.exception("%s %s: the mock failed", request.method, request.raw_path)
            self.response_failures.append(f"{request.method} {request.raw_path}: unhandled exception")
            reply = self._problem_reply(request, operation, ApiProblem(500, "Internal server error"))
        return operation, reply

    def _route(self, request: Request) -> tuple[Operation | None, dict[str, str], str | None]:
        """The operation and raw path parameters; `allow` is set for OPTIONS."""
        path = request.raw_path
        if not (path == self.base_path or path.startswith(self.base_path + "/")) or not path:
            raise ApiProblem(404, "Not found", failure=Failure.NOT_FOUND)
        path = path[len(self.base_path) :] or "/"
        for suffix in self.behaviour.path_suffixes:
            if path.endswith(suffix) and len(path) > len(suffix) + 1:
                path = path[: -len(suffix)]
                break
        method = "get" if request.method == "HEAD" else request.method.lower()
        try:
            match = self.router.match(path, method)
        except BadPath as exc:
            raise ApiProblem(404, "Not found: the path is not valid UTF-8", failure=Failure.PATH) from exc
        if match is None:
            raise ApiProblem(404, "Not found", failure=Failure.NOT_FOUND)
        if request.method == "OPTIONS":
            return None, {}, match.route.allow
        if match.operation is None:
            raise ApiProblem(
                405,
                f"Method {request.method} not allowed",
                headers={"Allow": match.route.allow},
                failure=Failure.METHOD,
            )
        return match.operation, match.params, None

    async def _operate(self, request: Request, operation: Operation, path_params: dict[str, str]) -> Reply:
        behaviour = self.behaviour
        if self.limiter is not None and behaviour.rate_limit is not None:
            key = behaviour.rate_limit.key(request)
            if key is not None:
                state, allowed = self.limiter.hit(key)
                request.rate = state
                if not allowed:
                    raise ApiProblem(429, behaviour.rate_limit.message)
        if operation.secured:
            request.principal = behaviour.auth.authenticate(request, operation)
        preference = parse_prefer(request.headers.get("prefer"))
        delay = self.faults.delay_seconds(preference)
        if delay > 0:
            await asyncio.sleep(delay)
        injected = self.faults.fault(preference, operation.statuses)
        if injected is not None:
            raise ApiProblem(injected, "Injected fault (Prefer: code or the server's error rate)")
        inbound = self.checks[operation.operation_id].check(
            request, path_params, self.parser_for, self.config.validate_requests
        )
        call = Call(
            request,
            operation,
            path=inbound.path,
            query=inbound.query,
            headers=inbound.headers,
            body=inbound.body,
            body_media=inbound.body_media,
            response_media=behaviour.media.choose(request, operation),
        )
        for rule in behaviour.rules:
            rule(call)
        handler = behaviour.handlers.get(operation.operation_id)
        if handler is None:
            raise ApiProblem(501, f"{operation.operation_id} is not implemented by the {self.api} mock")
        return handler(call)

    def _problem_reply(self, request: Request, operation: Operation | None, problem: ApiProblem) -> Reply:
        if problem.failure is not None:
            # The API's own status for this kind of failure, so the error body names the same status.
            problem.status = self.behaviour.errors.status_for(
                problem.failure, operation.statuses if operation else None
            )
        body = self.behaviour.errors.render(problem, request)
        return Reply(problem.status, body, dict(problem.headers), None)

    # Sending ----------------------------------------------------------------------------------

    async def _send(self, send: Send, request: Request, operation: Operation | None, reply: Reply) -> None:
        status, headers, payload = self._finish(request, operation, reply)
        encoded = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]
        await send({"type": "http.response.start", "status": status, "headers": encoded})
        await send({"type": "http.response.body", "body": payload})

    def _finish(
        self, request: Request, operation: Operation | None, reply: Reply
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        """Decorate, check against the spec (a failure becomes a 500) and render: status, headers, body."""
        media = reply.media_type or self.behaviour.media.choose(request, operation)
        if request.rate is None and self.behaviour.rate_limit is not None:
            request.rate = self._current_rate(request, self.behaviour.rate_limit)
        if self.behaviour.decorate is not None:
            self.behaviour.decorate(request, reply)
        head = request.method == "HEAD"
        if self.config.validate_responses and not _is_extra(self, request):
            problems = self.reply_check.problems(operation, reply, media, head)
            if problems:
                for problem in problems:
                    log.error("%s %s: invalid response: %s", request.method, request.raw_path, problem)
                self.response_failures.extend(problems)
                reply = self._problem_reply(request, operation, ApiProblem(500, "Internal server error"))
                media = self.behaviour.media.choose(request, operation)
                if self.behaviour.decorate is not None:
                    self.behaviour.decorate(request, reply)
        payload = b""
        headers = [(name.lower(), str(value)) for name, value in reply.headers.items()]
        if reply.body is not None and reply.status != 204:
            renderer = self.behaviour.media.renderers.get(media) or render_json
            payload = renderer(reply.body)
            headers.append(("content-type", self.behaviour.media.content_type(media)))
        headers.append(("content-length", str(len(payload))))
        return reply.status, headers, b"" if head else payload

    # RSGI entry point (granian): the same pipeline without the ASGI message plumbing ----------

    async def __rsgi__(self, scope: Any, protocol: Any) -> None:
        if scope.proto != "http":
            return
        try:
            body = await _read_rsgi_body(protocol, self.config.max_body_bytes)
            too_large = False
        except _TooLarge:
            body, too_large = b"", True
        headers: dict[str, str] = {}
        for name, value in scope.headers.items():
            _add_header(headers, name, value)
        # RSGI hands over the decoded path; quoting it again gives the router the raw form it expects.
        raw_path = quote(scope.path, safe="/:@!$&'()*+,;=-._~")
        request, problem = self._make_request(
            method=scope.method,
            path=scope.path,
            raw_path=raw_path,
            query_string=scope.query_string,
            headers=headers,
            body=body,
            scheme=scope.scheme,
            server=scope.server,
        )
        if too_large:
            problem = problem or ApiProblem(400, "The request body is too large", failure=Failure.BODY_TOO_LARGE)
        operation, reply = await self._respond(request, problem)
        status, response_headers, payload = self._finish(request, operation, reply)
        protocol.response_bytes(status, response_headers, payload)

    def _current_rate(self, request: Request, policy: RateLimitPolicy) -> RateState:
        """The caller's budget without counting this request (routing errors, OPTIONS, limits off)."""
        key = policy.key(request)
        if self.limiter is not None and key is not None:
            return self.limiter.peek(key)
        # A full budget only changes when a window turns over: compute it once a second.
        second = int(self.config.clock())
        if self._idle_state is None or self._idle_state[0] != second:
            assert self._idle_limiter is not None
            self._idle_state = (second, self._idle_limiter.peek(""))
        return self._idle_state[1]


Compiled = tuple[SpecIndex, Validators, Router, dict[str, OperationCheck], ReplyCheck]


@functools.cache
def _compile(bundle: Path, format_params: frozenset[str], error_schema: str) -> Compiled:
    """Read the spec and prepare routes and checks once per process; apps of the same API share them."""
    index = SpecIndex.load(bundle)
    validators = Validators(index.document)
    router = Router(index.by_path, index.suffix_values(format_params))
    checks = {op_id: OperationCheck(index, op, validators) for op_id, op in index.operations.items()}
    return index, validators, router, checks, ReplyCheck(index, validators, error_schema)


_seeded_templates: dict[str, Store] = {}
_template_lock = threading.Lock()


def _open_store(behaviour: ApiBehaviour, database: str | Path) -> Store:
    """A store seeded on first use; in-memory stores copy a seeded template instead of seeding again."""
    store = Store(database, behaviour.indexes)
    if store.meta_get(SEEDED) is not None:
        return store
    if str(database) != ":memory:":
        _seed(behaviour, store)
        return store
    with _template_lock:
        template = _seeded_templates.get(behaviour.contract.name)
        if template is None:
            template = Store(":memory:", behaviour.indexes)
            _seed(behaviour, template)
            _seeded_templates[behaviour.contract.name] = template
        template.copy_into(store)
    return store


def _seed(behaviour: ApiBehaviour, store: Store) -> None:
    with store.transaction():
        behaviour.seed(store)
        store.meta_set(SEEDED, "1")


def _is_extra(app: MockApp, request: Request) -> bool:
    return (request.method, request.raw_path) in app.behaviour.extra_routes


def _add_header(headers: dict[str, str], name: str, value: str) -> None:
    key = name.lower()
    headers[key] = f"{headers[key]}, {value}" if key in headers else value


async def _read_rsgi_body(protocol: Any, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in protocol:
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


async def _read_body(receive: Receive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
