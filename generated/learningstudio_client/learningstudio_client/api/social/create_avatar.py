from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.avatar_upload import AvatarUpload
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    persona_id: str,
    *,
    body: AvatarUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/social/v1/avatar/{persona_id}".format(
            persona_id=quote(str(persona_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

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
    persona_id: str,
    *,
    client: AuthenticatedClient,
    body: AvatarUpload,
) -> Response[Any | ErrorEnvelope]:
    """Upload the avatar of a persona

     Uploads the persona's avatar: multipart/form-data with a single part holding the image (and a
    Content-Length header). OAuth 2 only; all four roles (presumably for their own persona).

    Args:
        persona_id (str):
        body (AvatarUpload): multipart/form-data body with a single part holding the image (part
            name not documented; `image` is used here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        persona_id=persona_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    persona_id: str,
    *,
    client: AuthenticatedClient,
    body: AvatarUpload,
) -> Any | ErrorEnvelope | None:
    """Upload the avatar of a persona

     Uploads the persona's avatar: multipart/form-data with a single part holding the image (and a
    Content-Length header). OAuth 2 only; all four roles (presumably for their own persona).

    Args:
        persona_id (str):
        body (AvatarUpload): multipart/form-data body with a single part holding the image (part
            name not documented; `image` is used here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        persona_id=persona_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    persona_id: str,
    *,
    client: AuthenticatedClient,
    body: AvatarUpload,
) -> Response[Any | ErrorEnvelope]:
    """Upload the avatar of a persona

     Uploads the persona's avatar: multipart/form-data with a single part holding the image (and a
    Content-Length header). OAuth 2 only; all four roles (presumably for their own persona).

    Args:
        persona_id (str):
        body (AvatarUpload): multipart/form-data body with a single part holding the image (part
            name not documented; `image` is used here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        persona_id=persona_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    persona_id: str,
    *,
    client: AuthenticatedClient,
    body: AvatarUpload,
) -> Any | ErrorEnvelope | None:
    """Upload the avatar of a persona

     Uploads the persona's avatar: multipart/form-data with a single part holding the image (and a
    Content-Length header). OAuth 2 only; all four roles (presumably for their own persona).

    Args:
        persona_id (str):
        body (AvatarUpload): multipart/form-data body with a single part holding the image (part
            name not documented; `image` is used here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            persona_id=persona_id,
            client=client,
            body=body,
        )
    ).parsed
