from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upcoming_event import UpcomingEvent


T = TypeVar("T", bound="UpcomingEventList")


@_attrs_define
class UpcomingEventList:
    """`{"upcomingEvents": [...]}`."""

    upcoming_events: list[UpcomingEvent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upcoming_events = []
        for upcoming_events_item_data in self.upcoming_events:
            upcoming_events_item = upcoming_events_item_data.to_dict()
            upcoming_events.append(upcoming_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upcomingEvents": upcoming_events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upcoming_event import UpcomingEvent  # noqa: PLC0415

        d = dict(src_dict)
        upcoming_events = []
        _upcoming_events = d.pop("upcomingEvents")
        for upcoming_events_item_data in _upcoming_events:
            upcoming_events_item = UpcomingEvent.from_dict(upcoming_events_item_data)

            upcoming_events.append(upcoming_events_item)

        upcoming_event_list = cls(
            upcoming_events=upcoming_events,
        )

        upcoming_event_list.additional_properties = d
        return upcoming_event_list

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
