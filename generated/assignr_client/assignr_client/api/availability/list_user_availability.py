from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.availability_list import AvailabilityList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: int,
    *,
    searchstart_date: str | Unset = UNSET,
    searchend_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    params: dict[str, Any] = {}

    params["search[start_date]"] = searchstart_date

    params["search[end_date]"] = searchend_date

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{user_id}/availability".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | AvailabilityList | None:
    if response.status_code == 200:
        response_200 = AvailabilityList.from_dict(response.json())

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
) -> Response[ApiError | AvailabilityList]:
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
    searchstart_date: str | Unset = UNSET,
    searchend_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ApiError | AvailabilityList]:
    """List a user's availability

     Days and time ranges when the user can officiate, filtered by date range. Quirks: answers 404 (not
    an empty list) when the user has no availability; the embedded key is singular (`availability`); the
    page size seen is 200, so `limit` is not offered; `all_day` is a string in the recorded payload.
    Requires the `read` scope.

    Args:
        user_id (int):
        searchstart_date (str | Unset):
        searchend_date (str | Unset):
        page (int | Unset):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | AvailabilityList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        searchstart_date=searchstart_date,
        searchend_date=searchend_date,
        page=page,
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
    searchstart_date: str | Unset = UNSET,
    searchend_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ApiError | AvailabilityList | None:
    """List a user's availability

     Days and time ranges when the user can officiate, filtered by date range. Quirks: answers 404 (not
    an empty list) when the user has no availability; the embedded key is singular (`availability`); the
    page size seen is 200, so `limit` is not offered; `all_day` is a string in the recorded payload.
    Requires the `read` scope.

    Args:
        user_id (int):
        searchstart_date (str | Unset):
        searchend_date (str | Unset):
        page (int | Unset):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | AvailabilityList
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        searchstart_date=searchstart_date,
        searchend_date=searchend_date,
        page=page,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    *,
    client: AuthenticatedClient,
    searchstart_date: str | Unset = UNSET,
    searchend_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> Response[ApiError | AvailabilityList]:
    """List a user's availability

     Days and time ranges when the user can officiate, filtered by date range. Quirks: answers 404 (not
    an empty list) when the user has no availability; the embedded key is singular (`availability`); the
    page size seen is 200, so `limit` is not offered; `all_day` is a string in the recorded payload.
    Requires the `read` scope.

    Args:
        user_id (int):
        searchstart_date (str | Unset):
        searchend_date (str | Unset):
        page (int | Unset):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | AvailabilityList]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        searchstart_date=searchstart_date,
        searchend_date=searchend_date,
        page=page,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    *,
    client: AuthenticatedClient,
    searchstart_date: str | Unset = UNSET,
    searchend_date: str | Unset = UNSET,
    page: int | Unset = UNSET,
    accept: str | Unset = UNSET,
) -> ApiError | AvailabilityList | None:
    """List a user's availability

     Days and time ranges when the user can officiate, filtered by date range. Quirks: answers 404 (not
    an empty list) when the user has no availability; the embedded key is singular (`availability`); the
    page size seen is 200, so `limit` is not offered; `all_day` is a string in the recorded payload.
    Requires the `read` scope.

    Args:
        user_id (int):
        searchstart_date (str | Unset):
        searchend_date (str | Unset):
        page (int | Unset):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | AvailabilityList
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            searchstart_date=searchstart_date,
            searchend_date=searchend_date,
            page=page,
            accept=accept,
        )
    ).parsed
