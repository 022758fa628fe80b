from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.game import Game
from ...models.game_create import GameCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    site_id: int,
    *,
    body: GameCreate,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sites/{site_id}/games".format(
            site_id=quote(str(site_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.assignr.v2.hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiError | Game | None:
    if response.status_code == 201:
        response_201 = Game.from_dict(response.json())

        return response_201

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ApiError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ApiError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiError | Game]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    site_id: int,
    *,
    client: AuthenticatedClient,
    body: GameCreate,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | Game]:
    """Create a game

     Creates a game on the site. Teams, venue, age group and league can be given by id or by name (v1
    semantics: a name finds or creates the record, except `pattern_name`, which must match an existing
    pattern). Field names come from v1 via one client; whether the body must be wrapped in `{"game":
    ...}` is unknown. Answers 201 (or 204, which the docs list for POST). Requires the `write` scope.

    Args:
        site_id (int):
        accept (str | Unset):
        body (GameCreate): Body of `POST /sites/{site_id}/games`. Field names come from one
            client's type (GDN), which copies the v1 API; none is documented for v2, so no single
            field is marked required. A game cannot be scheduled without a start and a place, so the
            body is taken to need a start (`date_time`, or `localized_date` with `localized_time`) and
            a venue (`venue_id` or `venue_name`) (inferred). Sent unwrapped (v1 wrapped it in
            `{"game": {...}}`; whether v2 needs that is unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | Game]
    """

    kwargs = _get_kwargs(
        site_id=site_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    site_id: int,
    *,
    client: AuthenticatedClient,
    body: GameCreate,
    accept: str | Unset = UNSET,
) -> Any | ApiError | Game | None:
    """Create a game

     Creates a game on the site. Teams, venue, age group and league can be given by id or by name (v1
    semantics: a name finds or creates the record, except `pattern_name`, which must match an existing
    pattern). Field names come from v1 via one client; whether the body must be wrapped in `{"game":
    ...}` is unknown. Answers 201 (or 204, which the docs list for POST). Requires the `write` scope.

    Args:
        site_id (int):
        accept (str | Unset):
        body (GameCreate): Body of `POST /sites/{site_id}/games`. Field names come from one
            client's type (GDN), which copies the v1 API; none is documented for v2, so no single
            field is marked required. A game cannot be scheduled without a start and a place, so the
            body is taken to need a start (`date_time`, or `localized_date` with `localized_time`) and
            a venue (`venue_id` or `venue_name`) (inferred). Sent unwrapped (v1 wrapped it in
            `{"game": {...}}`; whether v2 needs that is unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | Game
    """

    return sync_detailed(
        site_id=site_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    site_id: int,
    *,
    client: AuthenticatedClient,
    body: GameCreate,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | Game]:
    """Create a game

     Creates a game on the site. Teams, venue, age group and league can be given by id or by name (v1
    semantics: a name finds or creates the record, except `pattern_name`, which must match an existing
    pattern). Field names come from v1 via one client; whether the body must be wrapped in `{"game":
    ...}` is unknown. Answers 201 (or 204, which the docs list for POST). Requires the `write` scope.

    Args:
        site_id (int):
        accept (str | Unset):
        body (GameCreate): Body of `POST /sites/{site_id}/games`. Field names come from one
            client's type (GDN), which copies the v1 API; none is documented for v2, so no single
            field is marked required. A game cannot be scheduled without a start and a place, so the
            body is taken to need a start (`date_time`, or `localized_date` with `localized_time`) and
            a venue (`venue_id` or `venue_name`) (inferred). Sent unwrapped (v1 wrapped it in
            `{"game": {...}}`; whether v2 needs that is unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | Game]
    """

    kwargs = _get_kwargs(
        site_id=site_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    site_id: int,
    *,
    client: AuthenticatedClient,
    body: GameCreate,
    accept: str | Unset = UNSET,
) -> Any | ApiError | Game | None:
    """Create a game

     Creates a game on the site. Teams, venue, age group and league can be given by id or by name (v1
    semantics: a name finds or creates the record, except `pattern_name`, which must match an existing
    pattern). Field names come from v1 via one client; whether the body must be wrapped in `{"game":
    ...}` is unknown. Answers 201 (or 204, which the docs list for POST). Requires the `write` scope.

    Args:
        site_id (int):
        accept (str | Unset):
        body (GameCreate): Body of `POST /sites/{site_id}/games`. Field names come from one
            client's type (GDN), which copies the v1 API; none is documented for v2, so no single
            field is marked required. A game cannot be scheduled without a start and a place, so the
            body is taken to need a start (`date_time`, or `localized_date` with `localized_time`) and
            a venue (`venue_id` or `venue_name`) (inferred). Sent unwrapped (v1 wrapped it in
            `{"game": {...}}`; whether v2 needs that is unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | Game
    """

    return (
        await asyncio_detailed(
            site_id=site_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
