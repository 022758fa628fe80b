from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upcoming_event_links_item import UpcomingEventLinksItem
    from ..models.upcoming_event_when import UpcomingEventWhen


T = TypeVar("T", bound="UpcomingEvent")


@_attrs_define
class UpcomingEvent:
    """One calendar event. Links: the course (`rel` `https://api.learningstudio.com/rel/course`) and the item schedule
    (`rel` `https://api.learningstudio.com/rel/schedule`, with the Schedule embedded under `schedule` when
    `expand=schedule`).

    """

    id: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    title: str | Unset = UNSET
    title_heading: str | Unset = UNSET
    category: str | Unset = UNSET
    when: UpcomingEventWhen | Unset = UNSET
    links: list[UpcomingEventLinksItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_ = self.type_

        title = self.title

        title_heading = self.title_heading

        category = self.category

        when: dict[str, Any] | Unset = UNSET
        if not isinstance(self.when, Unset):
            when = self.when.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if title_heading is not UNSET:
            field_dict["titleHeading"] = title_heading
        if category is not UNSET:
            field_dict["category"] = category
        if when is not UNSET:
            field_dict["when"] = when
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upcoming_event_links_item import UpcomingEventLinksItem  # noqa: PLC0415
        from ..models.upcoming_event_when import UpcomingEventWhen  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        type_ = d.pop("type", UNSET)

        title = d.pop("title", UNSET)

        title_heading = d.pop("titleHeading", UNSET)

        category = d.pop("category", UNSET)

        _when = d.pop("when", UNSET)
        when: UpcomingEventWhen | Unset
        if isinstance(_when, Unset):
            when = UNSET
        else:
            when = UpcomingEventWhen.from_dict(_when)

        _links = d.pop("links", UNSET)
        links: list[UpcomingEventLinksItem] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = UpcomingEventLinksItem.from_dict(links_item_data)

                links.append(links_item)

        upcoming_event = cls(
            id=id,
            type_=type_,
            title=title,
            title_heading=title_heading,
            category=category,
            when=when,
            links=links,
        )

        upcoming_event.additional_properties = d
        return upcoming_event

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
