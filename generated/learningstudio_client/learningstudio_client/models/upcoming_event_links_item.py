from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="UpcomingEventLinksItem")


@_attrs_define
class UpcomingEventLinksItem:
    href: str
    """ Absolute URL of the linked resource. """
    rel: str | Unset = UNSET
    """ Relation of the linked resource to this object. """
    title: str | Unset = UNSET
    """ Name of the linked resource (often absent on `self` links). """
    schedule: Schedule | Unset = UNSET
    """ Schedule of a content item: when it may be accessed and when it is due. Seen embedded in upcoming-event
    links (`rel` `https://api.learningstudio.com/rel/schedule`) and returned by the item schedule routes. Other
    fields may be present. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel = self.rel

        title = self.title

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

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
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule import Schedule  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href")

        rel = d.pop("rel", UNSET)

        title = d.pop("title", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        upcoming_event_links_item = cls(
            href=href,
            rel=rel,
            title=title,
            schedule=schedule,
        )

        upcoming_event_links_item.additional_properties = d
        return upcoming_event_links_item

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
