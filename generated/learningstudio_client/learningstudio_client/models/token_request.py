from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_request_grant_type import TokenRequestGrantType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Form body of `POST /token` (every value URL-encoded). Three grants:
    * `password`: `grant_type=password`, `client_id` = Application ID, `username` =
      `{clientString}\\{login}` (client string, a backslash sent as `%5C`, then the login name),
      `password`.

    * `refresh_token`: `grant_type=refresh_token`, `client_id`, `refresh_token` from an earlier
      password-grant response.

    * `assertion`: `grant_type=assertion`,
      `assertion_type=urn:ecollege:names:moauth:1.0:assertion`, `assertion` =
      `{applicationName}|{consumerKey}|{applicationId}|{clientString}|{userName}|{timestamp}|{hexCmac}`
      where the timestamp is UTC `yyyy-MM-ddTHH:mm:ssZ` and `hexCmac` is the hex-encoded AES-CMAC
      of the preceding string keyed with the Shared Secret (the user name is not prefixed with
      the client string here).

    """

    grant_type: TokenRequestGrantType
    """ The grant being used. """
    client_id: str | Unset = UNSET
    """ Application ID (GUID). Password and refresh_token grants. """
    username: str | Unset = UNSET
    """ Password grant. `{clientString}\\{login}`. """
    password: str | Unset = UNSET
    """ Password grant. The user's password (never store it). """
    refresh_token: str | Unset = UNSET
    """ Refresh_token grant. The refresh token of an earlier password-grant response. """
    assertion_type: str | Unset = UNSET
    """ Assertion grant. Always `urn:ecollege:names:moauth:1.0:assertion`. """
    assertion: str | Unset = UNSET
    """ Assertion grant. The signed assertion string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        username = self.username

        password = self.password

        refresh_token = self.refresh_token

        assertion_type = self.assertion_type

        assertion = self.assertion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if assertion_type is not UNSET:
            field_dict["assertion_type"] = assertion_type
        if assertion is not UNSET:
            field_dict["assertion"] = assertion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = TokenRequestGrantType(d.pop("grant_type"))

        client_id = d.pop("client_id", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        assertion_type = d.pop("assertion_type", UNSET)

        assertion = d.pop("assertion", UNSET)

        token_request = cls(
            grant_type=grant_type,
            client_id=client_id,
            username=username,
            password=password,
            refresh_token=refresh_token,
            assertion_type=assertion_type,
            assertion=assertion,
        )

        token_request.additional_properties = d
        return token_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
