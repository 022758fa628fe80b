from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...models.upcoming_event_list import UpcomingEventList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    format_: Format = Format.DEFAULT,
    *,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["until"] = until

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{user_id}/upcomingevents{format_}".format(
            user_id=quote(str(user_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UpcomingEventList | None:
    if response.status_code == 200:
        response_200 = UpcomingEventList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | UpcomingEventList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[ErrorEnvelope | UpcomingEventList]:
    """List a user's upcoming events

     Lists the given user's upcoming events in a date window. The PDN OAuth 1 guide signs this very
    request (`/users/123456/upcomingevents?since=03/01/2013&until=12/31/2013`). OAuth 1 or OAuth 2; a
    Student only for themself.

    Args:
        user_id (str):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        since (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        until (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpcomingEventList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        format_=format_,
        since=since,
        until=until,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> ErrorEnvelope | UpcomingEventList | None:
    """List a user's upcoming events

     Lists the given user's upcoming events in a date window. The PDN OAuth 1 guide signs this very
    request (`/users/123456/upcomingevents?since=03/01/2013&until=12/31/2013`). OAuth 1 or OAuth 2; a
    Student only for themself.

    Args:
        user_id (str):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        since (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        until (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpcomingEventList
    """

    return sync_detailed(
        user_id=user_id,
        format_=format_,
        client=client,
        since=since,
        until=until,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[ErrorEnvelope | UpcomingEventList]:
    """List a user's upcoming events

     Lists the given user's upcoming events in a date window. The PDN OAuth 1 guide signs this very
    request (`/users/123456/upcomingevents?since=03/01/2013&until=12/31/2013`). OAuth 1 or OAuth 2; a
    Student only for themself.

    Args:
        user_id (str):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        since (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        until (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpcomingEventList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        format_=format_,
        since=since,
        until=until,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> ErrorEnvelope | UpcomingEventList | None:
    """List a user's upcoming events

     Lists the given user's upcoming events in a date window. The PDN OAuth 1 guide signs this very
    request (`/users/123456/upcomingevents?since=03/01/2013&until=12/31/2013`). OAuth 1 or OAuth 2; a
    Student only for themself.

    Args:
        user_id (str):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        since (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        until (str | Unset): A calendar date as the query parameters take it, `MM/dd/yyyy` (a one-
            digit month or day is accepted too). Only dates that exist match: `02/29` only in leap
            years, no `04/31`, no month 13.
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpcomingEventList
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            format_=format_,
            client=client,
            since=since,
            until=until,
            expand=expand,
        )
    ).parsed
