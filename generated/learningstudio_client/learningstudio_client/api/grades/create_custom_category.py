from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_category_create import CustomCategoryCreate
from ...models.custom_category_envelope import CustomCategoryEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...types import Response


def _get_kwargs(
    course_id: str,
    format_: Format = Format.DEFAULT,
    *,
    body: CustomCategoryCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/courses/{course_id}/gradebook/customCategories{format_}".format(
            course_id=quote(str(course_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomCategoryEnvelope | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = CustomCategoryEnvelope.from_dict(response.json())

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
) -> Response[CustomCategoryEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    course_id: str,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: CustomCategoryCreate,
) -> Response[CustomCategoryEnvelope | ErrorEnvelope]:
    """Create a custom gradebook category

     Creates a custom category (title, assignability) and answers 201 with `Location` and
    `{"customCategory": {"guid": ...}}` (the library reads the new id from `guid`). Category titles must
    be unique in the course; a duplicate title is rejected. OAuth 1, or OAuth 2 as a professor, teaching
    assistant or administrator.

    Args:
        course_id (str):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (CustomCategoryCreate): Body that creates a custom category: `{"customCategory":
            {"title": ..., "isAssignable": ...}}`. The title is required and must not be blank or
            already used in the course (case-insensitive; a duplicate is a 400). Envelope inferred
            from the POST response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomCategoryEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        format_=format_,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    course_id: str,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: CustomCategoryCreate,
) -> CustomCategoryEnvelope | ErrorEnvelope | None:
    """Create a custom gradebook category

     Creates a custom category (title, assignability) and answers 201 with `Location` and
    `{"customCategory": {"guid": ...}}` (the library reads the new id from `guid`). Category titles must
    be unique in the course; a duplicate title is rejected. OAuth 1, or OAuth 2 as a professor, teaching
    assistant or administrator.

    Args:
        course_id (str):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (CustomCategoryCreate): Body that creates a custom category: `{"customCategory":
            {"title": ..., "isAssignable": ...}}`. The title is required and must not be blank or
            already used in the course (case-insensitive; a duplicate is a 400). Envelope inferred
            from the POST response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomCategoryEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        course_id=course_id,
        format_=format_,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    course_id: str,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: CustomCategoryCreate,
) -> Response[CustomCategoryEnvelope | ErrorEnvelope]:
    """Create a custom gradebook category

     Creates a custom category (title, assignability) and answers 201 with `Location` and
    `{"customCategory": {"guid": ...}}` (the library reads the new id from `guid`). Category titles must
    be unique in the course; a duplicate title is rejected. OAuth 1, or OAuth 2 as a professor, teaching
    assistant or administrator.

    Args:
        course_id (str):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (CustomCategoryCreate): Body that creates a custom category: `{"customCategory":
            {"title": ..., "isAssignable": ...}}`. The title is required and must not be blank or
            already used in the course (case-insensitive; a duplicate is a 400). Envelope inferred
            from the POST response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomCategoryEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        course_id=course_id,
        format_=format_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    course_id: str,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    body: CustomCategoryCreate,
) -> CustomCategoryEnvelope | ErrorEnvelope | None:
    """Create a custom gradebook category

     Creates a custom category (title, assignability) and answers 201 with `Location` and
    `{"customCategory": {"guid": ...}}` (the library reads the new id from `guid`). Category titles must
    be unique in the course; a duplicate title is rejected. OAuth 1, or OAuth 2 as a professor, teaching
    assistant or administrator.

    Args:
        course_id (str):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        body (CustomCategoryCreate): Body that creates a custom category: `{"customCategory":
            {"title": ..., "isAssignable": ...}}`. The title is required and must not be blank or
            already used in the course (case-insensitive; a duplicate is a 400). Envelope inferred
            from the POST response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomCategoryEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            course_id=course_id,
            format_=format_,
            client=client,
            body=body,
        )
    ).parsed
