from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityStreamObject")


@_attrs_define
class ActivityStreamObject:
    """`actor`, `object` or `target` of an activity-stream item. `id` is a URL of the resource and `referenceId` its
    numeric id. `objectType` values seen: `enrolled-user`, `thread-topic`, `thread-post`, `grade`, `dropbox-submission`
    (exam types too). Grade objects add `letterGrade` / `pointsAchieved`; actors add `role`.

    """

    id: str | Unset = UNSET
    reference_id: int | str | Unset = UNSET
    title: str | Unset = UNSET
    summary: str | Unset = UNSET
    object_type: str | Unset = UNSET
    course_id: int | Unset = UNSET
    role: str | Unset = UNSET
    """ Actor's role type code. """
    letter_grade: str | Unset = UNSET
    """ Grade objects only. """
    points_achieved: float | str | Unset = UNSET
    """ Grade objects only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reference_id: int | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        title = self.title

        summary = self.summary

        object_type = self.object_type

        course_id = self.course_id

        role = self.role

        letter_grade = self.letter_grade

        points_achieved: float | str | Unset
        if isinstance(self.points_achieved, Unset):
            points_achieved = UNSET
        else:
            points_achieved = self.points_achieved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if title is not UNSET:
            field_dict["title"] = title
        if summary is not UNSET:
            field_dict["summary"] = summary
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if course_id is not UNSET:
            field_dict["courseId"] = course_id
        if role is not UNSET:
            field_dict["role"] = role
        if letter_grade is not UNSET:
            field_dict["letterGrade"] = letter_grade
        if points_achieved is not UNSET:
            field_dict["pointsAchieved"] = points_achieved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_reference_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("referenceId", UNSET))

        title = d.pop("title", UNSET)

        summary = d.pop("summary", UNSET)

        object_type = d.pop("objectType", UNSET)

        course_id = d.pop("courseId", UNSET)

        role = d.pop("role", UNSET)

        letter_grade = d.pop("letterGrade", UNSET)

        def _parse_points_achieved(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        points_achieved = _parse_points_achieved(d.pop("pointsAchieved", UNSET))

        activity_stream_object = cls(
            id=id,
            reference_id=reference_id,
            title=title,
            summary=summary,
            object_type=object_type,
            course_id=course_id,
            role=role,
            letter_grade=letter_grade,
            points_achieved=points_achieved,
        )

        activity_stream_object.additional_properties = d
        return activity_stream_object

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
