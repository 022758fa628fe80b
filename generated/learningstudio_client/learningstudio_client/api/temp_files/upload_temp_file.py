from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.file_upload import FileUpload
from ...models.format_ import Format
from ...models.temp_file_list import TempFileList
from ...types import Response


def _get_kwargs(
    format_: Format = Format.DEFAULT,
    *,
    body: FileUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tempfiles{format_}".format(
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TempFileList | None:
    if response.status_code == 201:
        response_201 = TempFileList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TempFileList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> Response[ErrorEnvelope | TempFileList]:
    """Upload a temporary file

     Uploads a file (multipart/form-data) and returns its `fileLocation`, which later create calls (doc
    sharing, dropbox) reference in a `related` link. OAuth 2; any role.

    Args:
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (FileUpload): multipart/form-data body with a single file part (the part name is not
            documented; `file` is used here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TempFileList]
    """

    kwargs = _get_kwargs(
        format_=format_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> ErrorEnvelope | TempFileList | None:
    """Upload a temporary file

     Uploads a file (multipart/form-data) and returns its `fileLocation`, which later create calls (doc
    sharing, dropbox) reference in a `related` link. OAuth 2; any role.

    Args:
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (FileUpload): multipart/form-data body with a single file part (the part name is not
            documented; `file` is used here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TempFileList
    """

    return sync_detailed(
        format_=format_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> Response[ErrorEnvelope | TempFileList]:
    """Upload a temporary file

     Uploads a file (multipart/form-data) and returns its `fileLocation`, which later create calls (doc
    sharing, dropbox) reference in a `related` link. OAuth 2; any role.

    Args:
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (FileUpload): multipart/form-data body with a single file part (the part name is not
            documented; `file` is used here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TempFileList]
    """

    kwargs = _get_kwargs(
        format_=format_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: FileUpload,
) -> ErrorEnvelope | TempFileList | None:
    """Upload a temporary file

     Uploads a file (multipart/form-data) and returns its `fileLocation`, which later create calls (doc
    sharing, dropbox) reference in a `related` link. OAuth 2; any role.

    Args:
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (FileUpload): multipart/form-data body with a single file part (the part name is not
            documented; `file` is used here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TempFileList
    """

    return (
        await asyncio_detailed(
            format_=format_,
            client=client,
            body=body,
        )
    ).parsed
