from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.user import User
from ...models.user_update import UserUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: int,
    *,
    body: UserUpdate,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.assignr.v2.hal+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ApiError | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

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

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

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
) -> Response[Any | ApiError | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | User]:
    """Update a user

     Partial update of a user profile (contact details, roles). Send `lock_version` to get 409 on a stale
    write. Unverified; field names from one client. Requires the `write` scope.

    Args:
        user_id (int):
        accept (str | Unset):
        body (UserUpdate): Body of `PUT /users/{user_id}`: a partial update. Field names from one
            client's type (GDN); unverified. Include `lock_version` to get 409 instead of overwriting
            a newer version. Sent unwrapped (whether v2 wants `{"user": {...}}` is unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    accept: str | Unset = UNSET,
) -> Any | ApiError | User | None:
    """Update a user

     Partial update of a user profile (contact details, roles). Send `lock_version` to get 409 on a stale
    write. Unverified; field names from one client. Requires the `write` scope.

    Args:
        user_id (int):
        accept (str | Unset):
        body (UserUpdate): Body of `PUT /users/{user_id}`: a partial update. Field names from one
            client's type (GDN); unverified. Include `lock_version` to get 409 instead of overwriting
            a newer version. Sent unwrapped (whether v2 wants `{"user": {...}}` is unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | User
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    accept: str | Unset = UNSET,
) -> Response[Any | ApiError | User]:
    """Update a user

     Partial update of a user profile (contact details, roles). Send `lock_version` to get 409 on a stale
    write. Unverified; field names from one client. Requires the `write` scope.

    Args:
        user_id (int):
        accept (str | Unset):
        body (UserUpdate): Body of `PUT /users/{user_id}`: a partial update. Field names from one
            client's type (GDN); unverified. Include `lock_version` to get 409 instead of overwriting
            a newer version. Sent unwrapped (whether v2 wants `{"user": {...}}` is unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiError | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient,
    body: UserUpdate,
    accept: str | Unset = UNSET,
) -> Any | ApiError | User | None:
    """Update a user

     Partial update of a user profile (contact details, roles). Send `lock_version` to get 409 on a stale
    write. Unverified; field names from one client. Requires the `write` scope.

    Args:
        user_id (int):
        accept (str | Unset):
        body (UserUpdate): Body of `PUT /users/{user_id}`: a partial update. Field names from one
            client's type (GDN); unverified. Include `lock_version` to get 409 instead of overwriting
            a newer version. Sent unwrapped (whether v2 wants `{"user": {...}}` is unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiError | User
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
