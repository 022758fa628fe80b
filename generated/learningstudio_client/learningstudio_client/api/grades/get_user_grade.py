from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.format_ import Format
from ...models.grade_envelope import GradeEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    use_source_domain: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["useSourceDomain"] = use_source_domain

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{user_id}/courses/{course_id}/gradebookItems/{gradebook_item_id}/grade{format_}".format(
            user_id=quote(str(user_id), safe=""),
            course_id=quote(str(course_id), safe=""),
            gradebook_item_id=quote(str(gradebook_item_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GradeEnvelope | None:
    if response.status_code == 200:
        response_200 = GradeEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | GradeEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    use_source_domain: bool | Unset = UNSET,
) -> Response[ErrorEnvelope | GradeEnvelope]:
    """Get a user's grade for a gradebook item

     Returns the user's grade for the item under the singular key `grade`; 404 when no grade exists yet.
    OAuth 1, or OAuth 2 as a professor, teaching assistant or administrator; students read their own
    grade (observed via `/me/courses/{courseId}/gradebookItems/{gradebookItemId}/grade`) and get 403 for
    other users. `useSourceDomain=true` makes asset URLs in comments absolute. Synonymous with
    `/users/{userId}/courses/{courseId}/gradebook/gradebookItems/{gradebookItemId}/grade{format}`; this
    is the short spelling.

    Args:
        user_id (str):
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        use_source_domain (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GradeEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        gradebook_item_id=gradebook_item_id,
        format_=format_,
        use_source_domain=use_source_domain,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    use_source_domain: bool | Unset = UNSET,
) -> ErrorEnvelope | GradeEnvelope | None:
    """Get a user's grade for a gradebook item

     Returns the user's grade for the item under the singular key `grade`; 404 when no grade exists yet.
    OAuth 1, or OAuth 2 as a professor, teaching assistant or administrator; students read their own
    grade (observed via `/me/courses/{courseId}/gradebookItems/{gradebookItemId}/grade`) and get 403 for
    other users. `useSourceDomain=true` makes asset URLs in comments absolute. Synonymous with
    `/users/{userId}/courses/{courseId}/gradebook/gradebookItems/{gradebookItemId}/grade{format}`; this
    is the short spelling.

    Args:
        user_id (str):
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        use_source_domain (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GradeEnvelope
    """

    return sync_detailed(
        user_id=user_id,
        course_id=course_id,
        gradebook_item_id=gradebook_item_id,
        format_=format_,
        client=client,
        use_source_domain=use_source_domain,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    use_source_domain: bool | Unset = UNSET,
) -> Response[ErrorEnvelope | GradeEnvelope]:
    """Get a user's grade for a gradebook item

     Returns the user's grade for the item under the singular key `grade`; 404 when no grade exists yet.
    OAuth 1, or OAuth 2 as a professor, teaching assistant or administrator; students read their own
    grade (observed via `/me/courses/{courseId}/gradebookItems/{gradebookItemId}/grade`) and get 403 for
    other users. `useSourceDomain=true` makes asset URLs in comments absolute. Synonymous with
    `/users/{userId}/courses/{courseId}/gradebook/gradebookItems/{gradebookItemId}/grade{format}`; this
    is the short spelling.

    Args:
        user_id (str):
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        use_source_domain (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GradeEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        course_id=course_id,
        gradebook_item_id=gradebook_item_id,
        format_=format_,
        use_source_domain=use_source_domain,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    course_id: str,
    gradebook_item_id: UUID,
    format_: Format = Format.DEFAULT,
    *,
    client: AuthenticatedClient,
    use_source_domain: bool | Unset = UNSET,
) -> ErrorEnvelope | GradeEnvelope | None:
    """Get a user's grade for a gradebook item

     Returns the user's grade for the item under the singular key `grade`; 404 when no grade exists yet.
    OAuth 1, or OAuth 2 as a professor, teaching assistant or administrator; students read their own
    grade (observed via `/me/courses/{courseId}/gradebookItems/{gradebookItemId}/grade`) and get 403 for
    other users. `useSourceDomain=true` makes asset URLs in comments absolute. Synonymous with
    `/users/{userId}/courses/{courseId}/gradebook/gradebookItems/{gradebookItemId}/grade{format}`; this
    is the short spelling.

    Args:
        user_id (str):
        course_id (str):
        gradebook_item_id (UUID):
        format_ (Format): Representation suffix appended directly to the last path segment
            (`{.format}` in the Pearson docs). Empty (the default) and `.json` return JSON; `.xml`
            returns XML. The suffix goes before the query string, e.g.
            `/me/courses.json?expand=course`. Default: Format.DEFAULT.
        use_source_domain (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GradeEnvelope
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            course_id=course_id,
            gradebook_item_id=gradebook_item_id,
            format_=format_,
            client=client,
            use_source_domain=use_source_domain,
        )
    ).parsed
