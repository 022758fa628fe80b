from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.doc_sharing_document_create import DocSharingDocumentCreate
from ...models.doc_sharing_document_list import DocSharingDocumentList
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...types import Response


def _get_kwargs(
    course_id: str,
    category_id: int,
    format_: Format = Format.DEFAULT,
    *,
    body: DocSharingDocumentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/courses/{course_id}/docSharingCategories/{category_id}/docSharingDocuments{format_}".format(
            course_id=quote(str(course_id), safe=""),
            category_id=quote(str(category_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocSharingDocumentList | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = DocSharingDocumentList.from_dict(response.json())

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
) -> Response[DocSharingDocumentList | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_id: str,
    category_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: DocSharingDocumentCreate,
) -> Response[DocSharingDocumentList | ErrorEnvelope]:
    """Share a document

     Shares a file uploaded first with `POST /tempfiles`: the body links to the temp file's
    `fileLocation`. The Critiques sample posts to the lower-case spelling
    `/courses/{courseId}/docsharingcategories/{categoryId}/docsharingdocuments`. OAuth 2; users enrolled
    in the course.

    Args:
        course_id (str):
        category_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (DocSharingDocumentCreate): Body of a doc sharing upload: a one-element
            `docSharingDocuments` array whose `content.links` point at a file uploaded before with
            `POST /tempfiles` (`href` = the temp file's `fileLocation`, `rel` = `related`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocSharingDocumentList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        category_id=category_id,
        format_=format_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    category_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: DocSharingDocumentCreate,
) -> DocSharingDocumentList | ErrorEnvelope | None:
    """Share a document

     Shares a file uploaded first with `POST /tempfiles`: the body links to the temp file's
    `fileLocation`. The Critiques sample posts to the lower-case spelling
    `/courses/{courseId}/docsharingcategories/{categoryId}/docsharingdocuments`. OAuth 2; users enrolled
    in the course.

    Args:
        course_id (str):
        category_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (DocSharingDocumentCreate): Body of a doc sharing upload: a one-element
            `docSharingDocuments` array whose `content.links` point at a file uploaded before with
            `POST /tempfiles` (`href` = the temp file's `fileLocation`, `rel` = `related`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocSharingDocumentList | ErrorEnvelope
    """

    return sync_detailed(
        course_id=course_id,
        category_id=category_id,
        format_=format_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    category_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: DocSharingDocumentCreate,
) -> Response[DocSharingDocumentList | ErrorEnvelope]:
    """Share a document

     Shares a file uploaded first with `POST /tempfiles`: the body links to the temp file's
    `fileLocation`. The Critiques sample posts to the lower-case spelling
    `/courses/{courseId}/docsharingcategories/{categoryId}/docsharingdocuments`. OAuth 2; users enrolled
    in the course.

    Args:
        course_id (str):
        category_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (DocSharingDocumentCreate): Body of a doc sharing upload: a one-element
            `docSharingDocuments` array whose `content.links` point at a file uploaded before with
            `POST /tempfiles` (`href` = the temp file's `fileLocation`, `rel` = `related`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocSharingDocumentList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        category_id=category_id,
        format_=format_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    category_id: int,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: DocSharingDocumentCreate,
) -> DocSharingDocumentList | ErrorEnvelope | None:
    """Share a document

     Shares a file uploaded first with `POST /tempfiles`: the body links to the temp file's
    `fileLocation`. The Critiques sample posts to the lower-case spelling
    `/courses/{courseId}/docsharingcategories/{categoryId}/docsharingdocuments`. OAuth 2; users enrolled
    in the course.

    Args:
        course_id (str):
        category_id (int):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (DocSharingDocumentCreate): Body of a doc sharing upload: a one-element
            `docSharingDocuments` array whose `content.links` point at a file uploaded before with
            `POST /tempfiles` (`href` = the temp file's `fileLocation`, `rel` = `related`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocSharingDocumentList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            category_id=category_id,
            format_=format_,
            client=client,
            body=body,
        )
    ).parsed
