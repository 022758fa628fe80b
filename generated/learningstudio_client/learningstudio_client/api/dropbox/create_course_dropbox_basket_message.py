from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dropbox_message_create import DropboxMessageCreate
from ...models.dropbox_message_list import DropboxMessageList
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...types import Response


def _get_kwargs(
    course_id: str,
    basket_id: int,
    format_: Format = Format.DEFAULT,
    *,
    body: DropboxMessageCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/courses/{course_id}/dropboxBaskets/{basket_id}/messages{format_}".format(
            course_id=quote(str(course_id), safe=""),
            basket_id=quote(str(basket_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DropboxMessageList | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = DropboxMessageList.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DropboxMessageList | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_id: str,
    basket_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: DropboxMessageCreate,
) -> Response[DropboxMessageList | ErrorEnvelope]:
    """Submit to a dropbox basket

     Submits work to the basket: comments plus attachments that link to files uploaded first with `POST
    /tempfiles`. Pearson documents that "Dropbox APIs for submitting homework" exist, but the path and
    body are not known: this route and its body are INFERRED by analogy with doc sharing uploads. OAuth
    2 (a Student submits for themself).

    Args:
        course_id (str):
        basket_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (DropboxMessageCreate): Body of a dropbox submission (INFERRED, not observed): a one-
            element `messages` array with comments and attachments that reference files uploaded with
            `POST /tempfiles`, on the pattern of doc sharing uploads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropboxMessageList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        basket_id=basket_id,
        format_=format_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    basket_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: DropboxMessageCreate,
) -> DropboxMessageList | ErrorEnvelope | None:
    """Submit to a dropbox basket

     Submits work to the basket: comments plus attachments that link to files uploaded first with `POST
    /tempfiles`. Pearson documents that "Dropbox APIs for submitting homework" exist, but the path and
    body are not known: this route and its body are INFERRED by analogy with doc sharing uploads. OAuth
    2 (a Student submits for themself).

    Args:
        course_id (str):
        basket_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (DropboxMessageCreate): Body of a dropbox submission (INFERRED, not observed): a one-
            element `messages` array with comments and attachments that reference files uploaded with
            `POST /tempfiles`, on the pattern of doc sharing uploads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropboxMessageList | ErrorEnvelope
    """

    return sync_detailed(
        course_id=course_id,
        basket_id=basket_id,
        format_=format_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    basket_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: DropboxMessageCreate,
) -> Response[DropboxMessageList | ErrorEnvelope]:
    """Submit to a dropbox basket

     Submits work to the basket: comments plus attachments that link to files uploaded first with `POST
    /tempfiles`. Pearson documents that "Dropbox APIs for submitting homework" exist, but the path and
    body are not known: this route and its body are INFERRED by analogy with doc sharing uploads. OAuth
    2 (a Student submits for themself).

    Args:
        course_id (str):
        basket_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (DropboxMessageCreate): Body of a dropbox submission (INFERRED, not observed): a one-
            element `messages` array with comments and attachments that reference files uploaded with
            `POST /tempfiles`, on the pattern of doc sharing uploads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DropboxMessageList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        basket_id=basket_id,
        format_=format_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    basket_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: DropboxMessageCreate,
) -> DropboxMessageList | ErrorEnvelope | None:
    """Submit to a dropbox basket

     Submits work to the basket: comments plus attachments that link to files uploaded first with `POST
    /tempfiles`. Pearson documents that "Dropbox APIs for submitting homework" exist, but the path and
    body are not known: this route and its body are INFERRED by analogy with doc sharing uploads. OAuth
    2 (a Student submits for themself).

    Args:
        course_id (str):
        basket_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (DropboxMessageCreate): Body of a dropbox submission (INFERRED, not observed): a one-
            element `messages` array with comments and attachments that reference files uploaded with
            `POST /tempfiles`, on the pattern of doc sharing uploads.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DropboxMessageList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            basket_id=basket_id,
            format_=format_,
            client=client,
            body=body,
        )
    ).parsed
