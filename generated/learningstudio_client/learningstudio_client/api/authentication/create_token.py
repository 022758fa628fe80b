from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

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
) -> Response[ErrorEnvelope | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorEnvelope | TokenResponse]:
    """Obtain an OAuth 2.0 access token

     Exchanges user credentials, a refresh token, or a signed assertion for an OAuth 2.0 access token
    (form-encoded body, no X-Authorization header, no `{.format}` suffix). Supported roles per Pearson:
    Professor, Teaching Assistant, Student (whether Administrator logins can obtain tokens is not
    documented). Grants: password (`username` = `{clientString}\\{login}`), refresh_token (password
    grant only) and assertion (an AES-CMAC-signed assertion built with the campus Shared Secret; no
    refresh token is returned). Tokens last 3600 seconds. Never store user passwords (Pearson policy).

    Args:
        body (TokenRequest): Form body of `POST /token` (every value URL-encoded). Three grants:
            * `password`: `grant_type=password`, `client_id` = Application ID, `username` =
              `{clientString}\\{login}` (client string, a backslash sent as `%5C`, then the login
            name),
              `password`.

            * `refresh_token`: `grant_type=refresh_token`, `client_id`, `refresh_token` from an
            earlier
              password-grant response.

            * `assertion`: `grant_type=assertion`,
              `assertion_type=urn:ecollege:names:moauth:1.0:assertion`, `assertion` =
              `{applicationName}|{consumerKey}|{applicationId}|{clientString}|{userName}|{timestamp}|{
            hexCmac}`
              where the timestamp is UTC `yyyy-MM-ddTHH:mm:ssZ` and `hexCmac` is the hex-encoded AES-
            CMAC
              of the preceding string keyed with the Shared Secret (the user name is not prefixed with
              the client string here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorEnvelope | TokenResponse | None:
    """Obtain an OAuth 2.0 access token

     Exchanges user credentials, a refresh token, or a signed assertion for an OAuth 2.0 access token
    (form-encoded body, no X-Authorization header, no `{.format}` suffix). Supported roles per Pearson:
    Professor, Teaching Assistant, Student (whether Administrator logins can obtain tokens is not
    documented). Grants: password (`username` = `{clientString}\\{login}`), refresh_token (password
    grant only) and assertion (an AES-CMAC-signed assertion built with the campus Shared Secret; no
    refresh token is returned). Tokens last 3600 seconds. Never store user passwords (Pearson policy).

    Args:
        body (TokenRequest): Form body of `POST /token` (every value URL-encoded). Three grants:
            * `password`: `grant_type=password`, `client_id` = Application ID, `username` =
              `{clientString}\\{login}` (client string, a backslash sent as `%5C`, then the login
            name),
              `password`.

            * `refresh_token`: `grant_type=refresh_token`, `client_id`, `refresh_token` from an
            earlier
              password-grant response.

            * `assertion`: `grant_type=assertion`,
              `assertion_type=urn:ecollege:names:moauth:1.0:assertion`, `assertion` =
              `{applicationName}|{consumerKey}|{applicationId}|{clientString}|{userName}|{timestamp}|{
            hexCmac}`
              where the timestamp is UTC `yyyy-MM-ddTHH:mm:ssZ` and `hexCmac` is the hex-encoded AES-
            CMAC
              of the preceding string keyed with the Shared Secret (the user name is not prefixed with
              the client string here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[ErrorEnvelope | TokenResponse]:
    """Obtain an OAuth 2.0 access token

     Exchanges user credentials, a refresh token, or a signed assertion for an OAuth 2.0 access token
    (form-encoded body, no X-Authorization header, no `{.format}` suffix). Supported roles per Pearson:
    Professor, Teaching Assistant, Student (whether Administrator logins can obtain tokens is not
    documented). Grants: password (`username` = `{clientString}\\{login}`), refresh_token (password
    grant only) and assertion (an AES-CMAC-signed assertion built with the campus Shared Secret; no
    refresh token is returned). Tokens last 3600 seconds. Never store user passwords (Pearson policy).

    Args:
        body (TokenRequest): Form body of `POST /token` (every value URL-encoded). Three grants:
            * `password`: `grant_type=password`, `client_id` = Application ID, `username` =
              `{clientString}\\{login}` (client string, a backslash sent as `%5C`, then the login
            name),
              `password`.

            * `refresh_token`: `grant_type=refresh_token`, `client_id`, `refresh_token` from an
            earlier
              password-grant response.

            * `assertion`: `grant_type=assertion`,
              `assertion_type=urn:ecollege:names:moauth:1.0:assertion`, `assertion` =
              `{applicationName}|{consumerKey}|{applicationId}|{clientString}|{userName}|{timestamp}|{
            hexCmac}`
              where the timestamp is UTC `yyyy-MM-ddTHH:mm:ssZ` and `hexCmac` is the hex-encoded AES-
            CMAC
              of the preceding string keyed with the Shared Secret (the user name is not prefixed with
              the client string here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> ErrorEnvelope | TokenResponse | None:
    """Obtain an OAuth 2.0 access token

     Exchanges user credentials, a refresh token, or a signed assertion for an OAuth 2.0 access token
    (form-encoded body, no X-Authorization header, no `{.format}` suffix). Supported roles per Pearson:
    Professor, Teaching Assistant, Student (whether Administrator logins can obtain tokens is not
    documented). Grants: password (`username` = `{clientString}\\{login}`), refresh_token (password
    grant only) and assertion (an AES-CMAC-signed assertion built with the campus Shared Secret; no
    refresh token is returned). Tokens last 3600 seconds. Never store user passwords (Pearson policy).

    Args:
        body (TokenRequest): Form body of `POST /token` (every value URL-encoded). Three grants:
            * `password`: `grant_type=password`, `client_id` = Application ID, `username` =
              `{clientString}\\{login}` (client string, a backslash sent as `%5C`, then the login
            name),
              `password`.

            * `refresh_token`: `grant_type=refresh_token`, `client_id`, `refresh_token` from an
            earlier
              password-grant response.

            * `assertion`: `grant_type=assertion`,
              `assertion_type=urn:ecollege:names:moauth:1.0:assertion`, `assertion` =
              `{applicationName}|{consumerKey}|{applicationId}|{clientString}|{userName}|{timestamp}|{
            hexCmac}`
              where the timestamp is UTC `yyyy-MM-ddTHH:mm:ssZ` and `hexCmac` is the hex-encoded AES-
            CMAC
              of the preceding string keyed with the Shared Secret (the user name is not prefixed with
              the client string here).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
