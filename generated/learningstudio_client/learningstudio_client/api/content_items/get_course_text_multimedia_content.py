from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    course_id: str,
    text_multimedia_id: int,
    content_path: str,
    *,
    use_source_domain: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["useSourceDomain"] = use_source_domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/courses/{course_id}/textMultimedias/{text_multimedia_id}/{content_path}".format(
            course_id=quote(str(course_id), safe=""),
            text_multimedia_id=quote(str(text_multimedia_id), safe=""),
            content_path=quote(str(content_path), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorEnvelope | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_id: str,
    text_multimedia_id: int,
    content_path: str,
    *,
    client: AuthenticatedClient,
    use_source_domain: bool | Unset = UNSET,
) -> Response[ErrorEnvelope | str]:
    """Get the HTML content of a Text/Multimedia item

     Returns the item's HTML (`contentPath` is always `content.html`, the tail of the item's
    `contentUrl`). No `{.format}` suffix; the body is text/html. `useSourceDomain=true` makes asset URLs
    inside the HTML absolute. OAuth 2 for Professors, Teaching Assistants and Students of the course.

    Args:
        course_id (str):
        text_multimedia_id (int):
        content_path (str):
        use_source_domain (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | str]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        text_multimedia_id=text_multimedia_id,
        content_path=content_path,
        use_source_domain=use_source_domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    text_multimedia_id: int,
    content_path: str,
    *,
    client: AuthenticatedClient,
    use_source_domain: bool | Unset = UNSET,
) -> ErrorEnvelope | str | None:
    """Get the HTML content of a Text/Multimedia item

     Returns the item's HTML (`contentPath` is always `content.html`, the tail of the item's
    `contentUrl`). No `{.format}` suffix; the body is text/html. `useSourceDomain=true` makes asset URLs
    inside the HTML absolute. OAuth 2 for Professors, Teaching Assistants and Students of the course.

    Args:
        course_id (str):
        text_multimedia_id (int):
        content_path (str):
        use_source_domain (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | str
    """

    return sync_detailed(
        course_id=course_id,
        text_multimedia_id=text_multimedia_id,
        content_path=content_path,
        client=client,
        use_source_domain=use_source_domain,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    text_multimedia_id: int,
    content_path: str,
    *,
    client: AuthenticatedClient,
    use_source_domain: bool | Unset = UNSET,
) -> Response[ErrorEnvelope | str]:
    """Get the HTML content of a Text/Multimedia item

     Returns the item's HTML (`contentPath` is always `content.html`, the tail of the item's
    `contentUrl`). No `{.format}` suffix; the body is text/html. `useSourceDomain=true` makes asset URLs
    inside the HTML absolute. OAuth 2 for Professors, Teaching Assistants and Students of the course.

    Args:
        course_id (str):
        text_multimedia_id (int):
        content_path (str):
        use_source_domain (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | str]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        text_multimedia_id=text_multimedia_id,
        content_path=content_path,
        use_source_domain=use_source_domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    text_multimedia_id: int,
    content_path: str,
    *,
    client: AuthenticatedClient,
    use_source_domain: bool | Unset = UNSET,
) -> ErrorEnvelope | str | None:
    """Get the HTML content of a Text/Multimedia item

     Returns the item's HTML (`contentPath` is always `content.html`, the tail of the item's
    `contentUrl`). No `{.format}` suffix; the body is text/html. `useSourceDomain=true` makes asset URLs
    inside the HTML absolute. OAuth 2 for Professors, Teaching Assistants and Students of the course.

    Args:
        course_id (str):
        text_multimedia_id (int):
        content_path (str):
        use_source_domain (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | str
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            text_multimedia_id=text_multimedia_id,
            content_path=content_path,
            client=client,
            use_source_domain=use_source_domain,
        )
    ).parsed
