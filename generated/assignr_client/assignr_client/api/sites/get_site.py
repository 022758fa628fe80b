from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.site import Site
from ...types import UNSET, Response, Unset


def _get_kwargs(
    site_id: int,
    *,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sites/{site_id}".format(
            site_id=quote(str(site_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApiError | Site | None:
    if response.status_code == 200:
        response_200 = Site.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ApiError | Site]:
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
    accept: str | Unset = UNSET,
) -> Response[ApiError | Site]:
    """Get a site

     One site. Inferred from the site `self` links (`/api/v2/sites/{id}.json`). Requires the `read`
    scope.

    Args:
        site_id (int):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Site]
    """

    kwargs = _get_kwargs(
        site_id=site_id,
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
    accept: str | Unset = UNSET,
) -> ApiError | Site | None:
    """Get a site

     One site. Inferred from the site `self` links (`/api/v2/sites/{id}.json`). Requires the `read`
    scope.

    Args:
        site_id (int):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Site
    """

    return sync_detailed(
        site_id=site_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    site_id: int,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[ApiError | Site]:
    """Get a site

     One site. Inferred from the site `self` links (`/api/v2/sites/{id}.json`). Requires the `read`
    scope.

    Args:
        site_id (int):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | Site]
    """

    kwargs = _get_kwargs(
        site_id=site_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    site_id: int,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> ApiError | Site | None:
    """Get a site

     One site. Inferred from the site `self` links (`/api/v2/sites/{id}.json`). Requires the `read`
    scope.

    Args:
        site_id (int):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | Site
    """

    return (
        await asyncio_detailed(
            site_id=site_id,
            client=client,
            accept=accept,
        )
    ).parsed
