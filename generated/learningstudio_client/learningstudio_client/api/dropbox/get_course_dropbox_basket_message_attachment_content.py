from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import File, Response


def _get_kwargs(
    course_id: str,
    basket_id: int,
    message_id: int,
    attachment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courses/{course_id}/dropboxBaskets/{basket_id}/messages/{message_id}/attachments/{attachment_id}/content".format(
            course_id=quote(str(course_id), safe=""),
            basket_id=quote(str(basket_id), safe=""),
            message_id=quote(str(message_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[ErrorEnvelope | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_id: str,
    basket_id: int,
    message_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | File]:
    """Download a dropbox attachment

     Returns the attached file as binary with its own media type (no `{.format}` suffix). OAuth 1 or
    OAuth 2; a Student only for their own messages.

    Args:
        course_id (str):
        basket_id (int):
        message_id (int):
        attachment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | File]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        basket_id=basket_id,
        message_id=message_id,
        attachment_id=attachment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    basket_id: int,
    message_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | File | None:
    """Download a dropbox attachment

     Returns the attached file as binary with its own media type (no `{.format}` suffix). OAuth 1 or
    OAuth 2; a Student only for their own messages.

    Args:
        course_id (str):
        basket_id (int):
        message_id (int):
        attachment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | File
    """

    return sync_detailed(
        course_id=course_id,
        basket_id=basket_id,
        message_id=message_id,
        attachment_id=attachment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    basket_id: int,
    message_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | File]:
    """Download a dropbox attachment

     Returns the attached file as binary with its own media type (no `{.format}` suffix). OAuth 1 or
    OAuth 2; a Student only for their own messages.

    Args:
        course_id (str):
        basket_id (int):
        message_id (int):
        attachment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | File]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        basket_id=basket_id,
        message_id=message_id,
        attachment_id=attachment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    basket_id: int,
    message_id: int,
    attachment_id: int,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | File | None:
    """Download a dropbox attachment

     Returns the attached file as binary with its own media type (no `{.format}` suffix). OAuth 1 or
    OAuth 2; a Student only for their own messages.

    Args:
        course_id (str):
        basket_id (int):
        message_id (int):
        attachment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | File
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            basket_id=basket_id,
            message_id=message_id,
            attachment_id=attachment_id,
            client=client,
        )
    ).parsed
