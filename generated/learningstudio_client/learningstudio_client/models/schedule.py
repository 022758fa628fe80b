from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.schedule_access_schedule import ScheduleAccessSchedule


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """Schedule of a content item: when it may be accessed and when it is due. Seen embedded in upcoming-event links (`rel`
    `https://api.learningstudio.com/rel/schedule`) and returned by the item schedule routes. Other fields may be
    present.

    """

    access_schedule: ScheduleAccessSchedule | Unset = UNSET
    """ Access window of the item. """
    due_date: None | str | Unset = UNSET
    """ Due date (UTC), absent or null when the item has none. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access_schedule, Unset):
            access_schedule = self.access_schedule.to_dict()

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        else:
            due_date = self.due_date

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_schedule is not UNSET:
            field_dict["accessSchedule"] = access_schedule
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.schedule_access_schedule import ScheduleAccessSchedule  # noqa: PLC0415

        d = dict(src_dict)
        _access_schedule = d.pop("accessSchedule", UNSET)
        access_schedule: ScheduleAccessSchedule | Unset
        if isinstance(_access_schedule, Unset):
            access_schedule = UNSET
        else:
            access_schedule = ScheduleAccessSchedule.from_dict(_access_schedule)

        def _parse_due_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        due_date = _parse_due_date(d.pop("dueDate", UNSET))

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        schedule = cls(
            access_schedule=access_schedule,
            due_date=due_date,
            links=links,
        )

        schedule.additional_properties = d
        return schedule

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
