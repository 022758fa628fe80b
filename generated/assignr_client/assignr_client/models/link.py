from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """A HAL link object. Most links carry `resource-type`; some (a user's `games` link, collection `self`/`next`/`prev`
    links) have only `href`. [DOC][SAMPLE]

    """

    href: str
    """ Absolute URL. Resource `self` links look like `https://api.assignr.com/api/v2/<plural>/<id>.json`. Quirk:
    collection-level links omit the `/api` prefix (`https://api.assignr.com/v2/sites?page=1`); whether that form
    resolves is unknown, clients rewrite it to `/api/v2/`. Avatar links point at app.assignr.com and contain a
    literal `??size=`. [DOC][SAMPLE] """
    resource_type: str | Unset = UNSET
    """ Type of the linked resource. Values seen: game, venue, zone, site, user, avatar, assignment, form-
    submission. [SAMPLE] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if resource_type is not UNSET:
            field_dict["resource-type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")

        resource_type = d.pop("resource-type", UNSET)

        link = cls(
            href=href,
            resource_type=resource_type,
        )

        link.additional_properties = d
        return link

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
