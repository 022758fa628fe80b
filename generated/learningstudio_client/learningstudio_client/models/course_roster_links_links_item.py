from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.roster_user import RosterUser


T = TypeVar("T", bound="CourseRosterLinksLinksItem")


@_attrs_define
class CourseRosterLinksLinksItem:
    href: str
    """ Absolute URL of the linked resource. """
    rel: str | Unset = UNSET
    """ Relation of the linked resource to this object. """
    title: str | Unset = UNSET
    """ Name of the linked resource (often absent on `self` links). """
    instructors: list[RosterUser] | Unset = UNSET
    teaching_assistants: list[RosterUser] | Unset = UNSET
    students: list[RosterUser] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        rel = self.rel

        title = self.title

        instructors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructors, Unset):
            instructors = []
            for instructors_item_data in self.instructors:
                instructors_item = instructors_item_data.to_dict()
                instructors.append(instructors_item)

        teaching_assistants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teaching_assistants, Unset):
            teaching_assistants = []
            for teaching_assistants_item_data in self.teaching_assistants:
                teaching_assistants_item = teaching_assistants_item_data.to_dict()
                teaching_assistants.append(teaching_assistants_item)

        students: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.students, Unset):
            students = []
            for students_item_data in self.students:
                students_item = students_item_data.to_dict()
                students.append(students_item)

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
        if instructors is not UNSET:
            field_dict["instructors"] = instructors
        if teaching_assistants is not UNSET:
            field_dict["teachingAssistants"] = teaching_assistants
        if students is not UNSET:
            field_dict["students"] = students

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.roster_user import RosterUser  # noqa: PLC0415

        d = dict(src_dict)
        href = d.pop("href")

        rel = d.pop("rel", UNSET)

        title = d.pop("title", UNSET)

        _instructors = d.pop("instructors", UNSET)
        instructors: list[RosterUser] | Unset = UNSET
        if _instructors is not UNSET:
            instructors = []
            for instructors_item_data in _instructors:
                instructors_item = RosterUser.from_dict(instructors_item_data)

                instructors.append(instructors_item)

        _teaching_assistants = d.pop("teachingAssistants", UNSET)
        teaching_assistants: list[RosterUser] | Unset = UNSET
        if _teaching_assistants is not UNSET:
            teaching_assistants = []
            for teaching_assistants_item_data in _teaching_assistants:
                teaching_assistants_item = RosterUser.from_dict(teaching_assistants_item_data)

                teaching_assistants.append(teaching_assistants_item)

        _students = d.pop("students", UNSET)
        students: list[RosterUser] | Unset = UNSET
        if _students is not UNSET:
            students = []
            for students_item_data in _students:
                students_item = RosterUser.from_dict(students_item_data)

                students.append(students_item)

        course_roster_links_links_item = cls(
            href=href,
            rel=rel,
            title=title,
            instructors=instructors,
            teaching_assistants=teaching_assistants,
            students=students,
        )

        course_roster_links_links_item.additional_properties = d
        return course_roster_links_links_item

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
