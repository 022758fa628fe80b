from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.assignment_list import AssignmentList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    game_id: int,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/games/{game_id}/assignments".format(
            game_id=quote(str(game_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | AssignmentList | None:
    if response.status_code == 200:
        response_200 = AssignmentList.from_dict(response.json())

        return response_200

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
) -> Response[ApiError | AssignmentList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    game_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ApiError | AssignmentList]:
    """List a game's assignments

     The game's assignments (slots). Unverified; the same data is embedded in the game as
    `_embedded.assignments`. Requires the `read` scope.

    Args:
        game_id (int):
        page (int | Unset):
        limit (int | Unset):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | AssignmentList]
    """

    kwargs = _get_kwargs(
        game_id=game_id,
        page=page,
        limit=limit,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    game_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ApiError | AssignmentList | None:
    """List a game's assignments

     The game's assignments (slots). Unverified; the same data is embedded in the game as
    `_embedded.assignments`. Requires the `read` scope.

    Args:
        game_id (int):
        page (int | Unset):
        limit (int | Unset):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | AssignmentList
    """

    return sync_detailed(
        game_id=game_id,
        client=client,
        page=page,
        limit=limit,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    game_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ApiError | AssignmentList]:
    """List a game's assignments

     The game's assignments (slots). Unverified; the same data is embedded in the game as
    `_embedded.assignments`. Requires the `read` scope.

    Args:
        game_id (int):
        page (int | Unset):
        limit (int | Unset):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | AssignmentList]
    """

    kwargs = _get_kwargs(
        game_id=game_id,
        page=page,
        limit=limit,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    game_id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ApiError | AssignmentList | None:
    """List a game's assignments

     The game's assignments (slots). Unverified; the same data is embedded in the game as
    `_embedded.assignments`. Requires the `read` scope.

    Args:
        game_id (int):
        page (int | Unset):
        limit (int | Unset):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | AssignmentList
    """

    return (
        await asyncio_detailed(
            game_id=game_id,
            client=client,
            page=page,
            limit=limit,
            accept=accept,
        )
    ).parsed
