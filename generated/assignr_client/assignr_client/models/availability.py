from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

T = TypeVar("T", bound="Availability")


@_attrs_define
class Availability:
    """One availability entry of a user (a day, or a time range on a day, when the official can work). [SAMPLE][PROD]"""

    id: int
    """ Large integers (over 32 bits). """
    date: datetime.date
    all_day: bool | BooleanString | Unset = UNSET
    """ A boolean that the API may send as a JSON boolean or as the string "true" / "false". The documentation
    example uses JSON booleans, but the recorded payloads carry strings for most flags and a production client
    string-compares `all_day == 'true'`. Unresolved without a live check, so both encodings are accepted.
    [DOC][SAMPLE][PROD] """
    description: None | str | Unset = UNSET
    """ Free text entered by the official. """
    start_time: str | Unset = UNSET
    """ Local time of day; present when not all day. """
    end_time: str | Unset = UNSET
    """ Local time of day; present when not all day. """
    created: datetime.datetime | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date = self.date.isoformat()

        all_day: bool | str | Unset
        if isinstance(self.all_day, Unset):
            all_day = UNSET
        elif isinstance(self.all_day, BooleanString):
            all_day = self.all_day.value
        else:
            all_day = self.all_day

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        start_time = self.start_time

        end_time = self.end_time

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        updated: str | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "date": date,
            }
        )
        if all_day is not UNSET:
            field_dict["all_day"] = all_day
        if description is not UNSET:
            field_dict["description"] = description
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        date = datetime.date.fromisoformat(d.pop("date"))

        def _parse_all_day(data: object) -> bool | BooleanString | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_like_type_1 = BooleanString(data)

                return componentsschemas_boolean_like_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | Unset, data)

        all_day = _parse_all_day(d.pop("all_day", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = datetime.datetime.fromisoformat(_created)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = datetime.datetime.fromisoformat(_updated)

        availability = cls(
            id=id,
            date=date,
            all_day=all_day,
            description=description,
            start_time=start_time,
            end_time=end_time,
            created=created,
            updated=updated,
        )

        availability.additional_properties = d
        return availability

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
