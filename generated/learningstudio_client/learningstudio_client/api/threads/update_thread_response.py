from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...models.thread_response_write import ThreadResponseWrite
from ...types import Response


def _get_kwargs(
    course_id: str,
    thread_id: int,
    topic_id: int,
    response_id: int,
    format_: Format = Format.DEFAULT,
    *,
    body: ThreadResponseWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/courses/{course_id}/threadeddiscussions/{thread_id}/topics/{topic_id}/responses/{response_id}{format_}".format(
            course_id=quote(str(course_id), safe=""),
            thread_id=quote(str(thread_id), safe=""),
            topic_id=quote(str(topic_id), safe=""),
            response_id=quote(str(response_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorEnvelope | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = ErrorEnvelope.from_dict(response.json())

        return response_406

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorEnvelope.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_id: str,
    thread_id: int,
    topic_id: int,
    response_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: ThreadResponseWrite,
) -> Response[Any | ErrorEnvelope]:
    """Edit a post

     Changes the title and/or text of a post; 204 on success (assumed, as for other PUTs). Professors,
    teaching assistants and administrators only; students cannot edit posts. UNCERTAIN: described in the
    library documentation, but the library method is commented out, so the route may not work. The path
    segment is spelled `threadeddiscussions` here; Pearson's docs and libraries also write
    `threadedDiscussions` (the server is believed to be case-insensitive).

    Args:
        course_id (str):
        thread_id (int):
        topic_id (int):
        response_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (ThreadResponseWrite): Body that creates (or edits) a post: `{"response": {"title":
            ..., "description": ...}}`. Shape inferred from the eCollege mobile routes that create
            posts on the same resource; Pearson's example payload was not retrievable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        thread_id=thread_id,
        topic_id=topic_id,
        response_id=response_id,
        format_=format_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    thread_id: int,
    topic_id: int,
    response_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: ThreadResponseWrite,
) -> Any | ErrorEnvelope | None:
    """Edit a post

     Changes the title and/or text of a post; 204 on success (assumed, as for other PUTs). Professors,
    teaching assistants and administrators only; students cannot edit posts. UNCERTAIN: described in the
    library documentation, but the library method is commented out, so the route may not work. The path
    segment is spelled `threadeddiscussions` here; Pearson's docs and libraries also write
    `threadedDiscussions` (the server is believed to be case-insensitive).

    Args:
        course_id (str):
        thread_id (int):
        topic_id (int):
        response_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (ThreadResponseWrite): Body that creates (or edits) a post: `{"response": {"title":
            ..., "description": ...}}`. Shape inferred from the eCollege mobile routes that create
            posts on the same resource; Pearson's example payload was not retrievable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        course_id=course_id,
        thread_id=thread_id,
        topic_id=topic_id,
        response_id=response_id,
        format_=format_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    thread_id: int,
    topic_id: int,
    response_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: ThreadResponseWrite,
) -> Response[Any | ErrorEnvelope]:
    """Edit a post

     Changes the title and/or text of a post; 204 on success (assumed, as for other PUTs). Professors,
    teaching assistants and administrators only; students cannot edit posts. UNCERTAIN: described in the
    library documentation, but the library method is commented out, so the route may not work. The path
    segment is spelled `threadeddiscussions` here; Pearson's docs and libraries also write
    `threadedDiscussions` (the server is believed to be case-insensitive).

    Args:
        course_id (str):
        thread_id (int):
        topic_id (int):
        response_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (ThreadResponseWrite): Body that creates (or edits) a post: `{"response": {"title":
            ..., "description": ...}}`. Shape inferred from the eCollege mobile routes that create
            posts on the same resource; Pearson's example payload was not retrievable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        thread_id=thread_id,
        topic_id=topic_id,
        response_id=response_id,
        format_=format_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    thread_id: int,
    topic_id: int,
    response_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: ThreadResponseWrite,
) -> Any | ErrorEnvelope | None:
    """Edit a post

     Changes the title and/or text of a post; 204 on success (assumed, as for other PUTs). Professors,
    teaching assistants and administrators only; students cannot edit posts. UNCERTAIN: described in the
    library documentation, but the library method is commented out, so the route may not work. The path
    segment is spelled `threadeddiscussions` here; Pearson's docs and libraries also write
    `threadedDiscussions` (the server is believed to be case-insensitive).

    Args:
        course_id (str):
        thread_id (int):
        topic_id (int):
        response_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (ThreadResponseWrite): Body that creates (or edits) a post: `{"response": {"title":
            ..., "description": ...}}`. Shape inferred from the eCollege mobile routes that create
            posts on the same resource; Pearson's example payload was not retrievable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            thread_id=thread_id,
            topic_id=topic_id,
            response_id=response_id,
            format_=format_,
            client=client,
            body=body,
        )
    ).parsed
