from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.game_request import GameRequest
from ...models.game_request_create import GameRequestCreate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GameRequestCreate,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/game_requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.assignr.v2.hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiError | GameRequest | None:
    if response.status_code == 201:
        response_201 = GameRequest.from_dict(response.json())

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
) -> Response[Any | ApiError | GameRequest]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GameRequestCreate,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | GameRequest]:
    """Request to work a game

     The calling official asks to work a game, optionally a given position (sites with
    `show_game_requests`). Unverified; the API cannot read game requests back, so there is no get
    operation. Requires the `write` scope.

    Args:
        accept (str | Unset):
        body (GameRequestCreate): Body of `POST /game_requests`: an official asks to work a game,
            optionally a given position.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | GameRequest]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: GameRequestCreate,
    accept: str | Unset = UNSET,
) -> Any | ApiError | GameRequest | None:
    """Request to work a game

     The calling official asks to work a game, optionally a given position (sites with
    `show_game_requests`). Unverified; the API cannot read game requests back, so there is no get
    operation. Requires the `write` scope.

    Args:
        accept (str | Unset):
        body (GameRequestCreate): Body of `POST /game_requests`: an official asks to work a game,
            optionally a given position.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | GameRequest
    """

    return sync_detailed(
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GameRequestCreate,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | GameRequest]:
    """Request to work a game

     The calling official asks to work a game, optionally a given position (sites with
    `show_game_requests`). Unverified; the API cannot read game requests back, so there is no get
    operation. Requires the `write` scope.

    Args:
        accept (str | Unset):
        body (GameRequestCreate): Body of `POST /game_requests`: an official asks to work a game,
            optionally a given position.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | GameRequest]
    """

    kwargs = _get_kwargs(
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GameRequestCreate,
    accept: str | Unset = UNSET,
) -> Any | ApiError | GameRequest | None:
    """Request to work a game

     The calling official asks to work a game, optionally a given position (sites with
    `show_game_requests`). Unverified; the API cannot read game requests back, so there is no get
    operation. Requires the `write` scope.

    Args:
        accept (str | Unset):
        body (GameRequestCreate): Body of `POST /game_requests`: an official asks to work a game,
            optionally a given position.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | GameRequest
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
