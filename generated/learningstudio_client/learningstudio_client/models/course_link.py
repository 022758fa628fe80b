from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course import Course


T = TypeVar("T", bound="CourseLink")


@_attrs_define
class CourseLink:
    """Link to a course; with `expand=course` the course is embedded under `course`."""

    href: str
    """ Absolute URL of the linked resource. """
    rel: str | Unset = UNSET
    """ Relation of the linked resource to this object. """
    title: str | Unset = UNSET
    """ Name of the linked resource (often absent on `self` links). """
    course: Course | Unset = UNSET
    """ A course. `links` holds the term link (`rel` `.../rels/term`). Course introduction fields (with
    `expand=courseIntroduction`) are UNKNOWN and arrive as additional properties. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel = self.rel

        title = self.title

        course: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course, Unset):
            course = self.course.to_dict()

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
        if course is not UNSET:
            field_dict["course"] = course

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course import Course  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href")

        rel = d.pop("rel", UNSET)

        title = d.pop("title", UNSET)

        _course = d.pop("course", UNSET)
        course: Course | Unset
        if isinstance(_course, Unset):
            course = UNSET
        else:
            course = Course.from_dict(_course)

        course_link = cls(
            href=href,
            rel=rel,
            title=title,
            course=course,
        )

        course_link.additional_properties = d
        return course_link

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
