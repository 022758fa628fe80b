from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Link")


@_attrs_define
class Link:
    """Link to a related resource. `href` is an absolute URL that need not match the request host (older payloads point at
    m-api.ecollege.com or internal *-api.ecollege.com hosts). `rel` is `self`, `related`, or a relation URI (both
    `/rels/...` and `/rel/...` spellings occur). `title` is often missing on `self` links. When the request used
    `expand=...`, the linked object is embedded in the link object under a key named for it (for example `course`,
    `item`, `schedule`, `instructors`, `grade`), hence additional properties are allowed.

    """

    href: str
    """ Absolute URL of the linked resource. """
    rel: str | Unset = UNSET
    """ Relation of the linked resource to this object. """
    title: str | Unset = UNSET
    """ Name of the linked resource (often absent on `self` links). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel = self.rel

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
            }
        )
        if rel is not UNSET:
            field_dict["rel"] = rel
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")

        rel = d.pop("rel", UNSET)

        title = d.pop("title", UNSET)

        link = cls(
            href=href,
            rel=rel,
            title=title,
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
