from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicContainerInfo")


@_attrs_define
class TopicContainerInfo:
    """Where a topic lives: its threaded-discussion content item, unit and course. Seen in the recorded eCollege user-
    topics payload (note the `ID` capitalisation of `contentItemID` and `courseID`); whether LearningStudio topics carry
    it too is not confirmed.

    """

    content_item_id: int | Unset = UNSET
    """ Id of the threaded-discussion content item (= thread id). """
    content_item_title: str | Unset = UNSET
    """ Title of the content item (HTML entities possible). """
    content_item_order_number: int | Unset = UNSET
    """ Position of the item in its unit. """
    unit_title: str | Unset = UNSET
    unit_number: int | Unset = UNSET
    unit_header: str | Unset = UNSET
    """ Name the course gives its units (Lesson, Module, Week...). """
    course_id: int | Unset = UNSET
    course_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_item_id = self.content_item_id

        content_item_title = self.content_item_title

        content_item_order_number = self.content_item_order_number

        unit_title = self.unit_title

        unit_number = self.unit_number

        unit_header = self.unit_header

        course_id = self.course_id

        course_title = self.course_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_item_id is not UNSET:
            field_dict["contentItemID"] = content_item_id
        if content_item_title is not UNSET:
            field_dict["contentItemTitle"] = content_item_title
        if content_item_order_number is not UNSET:
            field_dict["contentItemOrderNumber"] = content_item_order_number
        if unit_title is not UNSET:
            field_dict["unitTitle"] = unit_title
        if unit_number is not UNSET:
            field_dict["unitNumber"] = unit_number
        if unit_header is not UNSET:
            field_dict["unitHeader"] = unit_header
        if course_id is not UNSET:
            field_dict["courseID"] = course_id
        if course_title is not UNSET:
            field_dict["courseTitle"] = course_title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_item_id = d.pop("contentItemID", UNSET)

        content_item_title = d.pop("contentItemTitle", UNSET)

        content_item_order_number = d.pop("contentItemOrderNumber", UNSET)

        unit_title = d.pop("unitTitle", UNSET)

        unit_number = d.pop("unitNumber", UNSET)

        unit_header = d.pop("unitHeader", UNSET)

        course_id = d.pop("courseID", UNSET)

        course_title = d.pop("courseTitle", UNSET)

        topic_container_info = cls(
            content_item_id=content_item_id,
            content_item_title=content_item_title,
            content_item_order_number=content_item_order_number,
            unit_title=unit_title,
            unit_number=unit_number,
            unit_header=unit_header,
            course_id=course_id,
            course_title=course_title,
        )

        topic_container_info.additional_properties = d
        return topic_container_info

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
