from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_roster_links import CourseRosterLinks
    from ..models.link import Link


T = TypeVar("T", bound="Course")


@_attrs_define
class Course:
    """A course. `links` holds the term link (`rel` `.../rels/term`). Course introduction fields (with
    `expand=courseIntroduction`) are UNKNOWN and arrive as additional properties.

    """

    id: int | Unset = UNSET
    """ Numeric course id. """
    display_course_code: str | Unset = UNSET
    title: str | Unset = UNSET
    """ Course title; may contain HTML entities (`Sociology&#58; The Basics`). """
    call_numbers: list[str] | Unset = UNSET
    """ Course call numbers, usable as `ccn={callNumber}` in place of the course id. """
    instructors: CourseRosterLinks | Unset = UNSET
    """ The `instructors`, `teachingAssistants` or `students` member of a course: a `links` array whose single link
    points at the roster route. With `expand=instructors` (etc.) the roster array is embedded in that link under the
    same name. """
    teaching_assistants: CourseRosterLinks | Unset = UNSET
    """ The `instructors`, `teachingAssistants` or `students` member of a course: a `links` array whose single link
    points at the roster route. With `expand=instructors` (etc.) the roster array is embedded in that link under the
    same name. """
    students: CourseRosterLinks | Unset = UNSET
    """ The `instructors`, `teachingAssistants` or `students` member of a course: a `links` array whose single link
    points at the roster route. With `expand=instructors` (etc.) the roster array is embedded in that link under the
    same name. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_course_code = self.display_course_code

        title = self.title

        call_numbers: list[str] | Unset = UNSET
        if not isinstance(self.call_numbers, Unset):
            call_numbers = self.call_numbers

        instructors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instructors, Unset):
            instructors = self.instructors.to_dict()

        teaching_assistants: dict[str, Any] | Unset = UNSET
        if not isinstance(self.teaching_assistants, Unset):
            teaching_assistants = self.teaching_assistants.to_dict()

        students: dict[str, Any] | Unset = UNSET
        if not isinstance(self.students, Unset):
            students = self.students.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display_course_code is not UNSET:
            field_dict["displayCourseCode"] = display_course_code
        if title is not UNSET:
            field_dict["title"] = title
        if call_numbers is not UNSET:
            field_dict["callNumbers"] = call_numbers
        if instructors is not UNSET:
            field_dict["instructors"] = instructors
        if teaching_assistants is not UNSET:
            field_dict["teachingAssistants"] = teaching_assistants
        if students is not UNSET:
            field_dict["students"] = students
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_roster_links import CourseRosterLinks  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        display_course_code = d.pop("displayCourseCode", UNSET)

        title = d.pop("title", UNSET)

        call_numbers = cast(list[str], d.pop("callNumbers", UNSET))

        _instructors = d.pop("instructors", UNSET)
        instructors: CourseRosterLinks | Unset
        if isinstance(_instructors, Unset):
            instructors = UNSET
        else:
            instructors = CourseRosterLinks.from_dict(_instructors)

        _teaching_assistants = d.pop("teachingAssistants", UNSET)
        teaching_assistants: CourseRosterLinks | Unset
        if isinstance(_teaching_assistants, Unset):
            teaching_assistants = UNSET
        else:
            teaching_assistants = CourseRosterLinks.from_dict(_teaching_assistants)

        _students = d.pop("students", UNSET)
        students: CourseRosterLinks | Unset
        if isinstance(_students, Unset):
            students = UNSET
        else:
            students = CourseRosterLinks.from_dict(_students)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        course = cls(
            id=id,
            display_course_code=display_course_code,
            title=title,
            call_numbers=call_numbers,
            instructors=instructors,
            teaching_assistants=teaching_assistants,
            students=students,
            links=links,
        )

        course.additional_properties = d
        return course

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
