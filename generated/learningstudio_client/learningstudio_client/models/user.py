from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A LearningStudio user as returned by `GET /me` and `GET /users/{userId}`. Users embedded in other resources (roster
    entries, dropbox authors, course instructors) carry a subset of these fields plus `links`, and sometimes `email`
    instead of `emailAddress`.

    """

    id: int
    """ Numeric LearningStudio user id. """
    user_name: str | Unset = UNSET
    """ Login name (without the client string). """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email_address: str | Unset = UNSET
    email: str | Unset = UNSET
    """ Spelling of `emailAddress` used by some embedded user objects. """
    client_string: str | Unset = UNSET
    """ Campus identifier the user belongs to. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_name = self.user_name

        first_name = self.first_name

        last_name = self.last_name

        email_address = self.email_address

        email = self.email

        client_string = self.client_string

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if email is not UNSET:
            field_dict["email"] = email
        if client_string is not UNSET:
            field_dict["clientString"] = client_string
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        user_name = d.pop("userName", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        email_address = d.pop("emailAddress", UNSET)

        email = d.pop("email", UNSET)

        client_string = d.pop("clientString", UNSET)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        user = cls(
            id=id,
            user_name=user_name,
            first_name=first_name,
            last_name=last_name,
            email_address=email_address,
            email=email,
            client_string=client_string,
            links=links,
        )

        user.additional_properties = d
        return user

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
