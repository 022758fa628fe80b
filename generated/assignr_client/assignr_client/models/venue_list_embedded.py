from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.venue import Venue


T = TypeVar("T", bound="VenueListEmbedded")


@_attrs_define
class VenueListEmbedded:
    """The items of the page. Whether `_embedded` is omitted or empty on an empty page is unknown."""

    venues: list[Venue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        venues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.venues, Unset):
            venues = []
            for venues_item_data in self.venues:
                venues_item = venues_item_data.to_dict()
                venues.append(venues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if venues is not UNSET:
            field_dict["venues"] = venues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.venue import Venue  # noqa: PLC0415

        d = dict(src_dict)
        _venues = d.pop("venues", UNSET)
        venues: list[Venue] | Unset = UNSET
        if _venues is not UNSET:
            venues = []
            for venues_item_data in _venues:
                venues_item = Venue.from_dict(venues_item_data)

                venues.append(venues_item)

        venue_list_embedded = cls(
            venues=venues,
        )

        venue_list_embedded.additional_properties = d
        return venue_list_embedded

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
