from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_stream_envelope import ActivityStreamEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...types import UNSET, Response, Unset


def _get_kwargs(
    format_: Format = Format.DEFAULT,
    *,
    types: str | Unset = UNSET,
    since: str | Unset = UNSET,
    courseid: str | Unset = UNSET,
    v: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["types"] = types

    params["since"] = since

    params["courseid"] = courseid

    params["v"] = v

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/whatshappeningfeed{format_}".format(
            format_=quote(str(format_), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActivityStreamEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ActivityStreamEnvelope.from_dict(response.json())

        return response_200

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityStreamEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    types: str | Unset = UNSET,
    since: str | Unset = UNSET,
    courseid: str | Unset = UNSET,
    v: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[ActivityStreamEnvelope | ErrorEnvelope]:
    """Get my "what's happening" feed

     Returns the current user's activity stream (thread topics and posts, grades, dropbox submissions,
    exams) across their courses, filtered by type, date and course. OAuth 2 only; any role.

    Args:
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        types (str | Unset):
        since (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        courseid (str | Unset):
        v (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityStreamEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        format_=format_,
        types=types,
        since=since,
        courseid=courseid,
        v=v,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    types: str | Unset = UNSET,
    since: str | Unset = UNSET,
    courseid: str | Unset = UNSET,
    v: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ActivityStreamEnvelope | ErrorEnvelope | None:
    """Get my "what's happening" feed

     Returns the current user's activity stream (thread topics and posts, grades, dropbox submissions,
    exams) across their courses, filtered by type, date and course. OAuth 2 only; any role.

    Args:
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        types (str | Unset):
        since (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        courseid (str | Unset):
        v (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityStreamEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        format_=format_,
        client=client,
        types=types,
        since=since,
        courseid=courseid,
        v=v,
        after=after,
    ).parsed


async def asyncio_detailed(
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    types: str | Unset = UNSET,
    since: str | Unset = UNSET,
    courseid: str | Unset = UNSET,
    v: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[ActivityStreamEnvelope | ErrorEnvelope]:
    """Get my "what's happening" feed

     Returns the current user's activity stream (thread topics and posts, grades, dropbox submissions,
    exams) across their courses, filtered by type, date and course. OAuth 2 only; any role.

    Args:
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        types (str | Unset):
        since (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        courseid (str | Unset):
        v (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityStreamEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        format_=format_,
        types=types,
        since=since,
        courseid=courseid,
        v=v,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    types: str | Unset = UNSET,
    since: str | Unset = UNSET,
    courseid: str | Unset = UNSET,
    v: int | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ActivityStreamEnvelope | ErrorEnvelope | None:
    """Get my "what's happening" feed

     Returns the current user's activity stream (thread topics and posts, grades, dropbox submissions,
    exams) across their courses, filtered by type, date and course. OAuth 2 only; any role.

    Args:
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        types (str | Unset):
        since (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        courseid (str | Unset):
        v (int | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityStreamEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            format_=format_,
            client=client,
            types=types,
            since=since,
            courseid=courseid,
            v=v,
            after=after,
        )
    ).parsed
