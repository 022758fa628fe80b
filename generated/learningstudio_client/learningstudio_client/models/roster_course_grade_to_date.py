from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.course_grade_to_date import CourseGradeToDate
    from ..models.link import Link
    from ..models.user import User


T = TypeVar("T", bound="RosterCourseGradeToDate")


@_attrs_define
class RosterCourseGradeToDate:
    """One student's course grade to date in the roster view. Property names are inferred."""

    user: User | Unset = UNSET
    """ A LearningStudio user as returned by `GET /me` and `GET /users/{userId}`. Users embedded in other resources
    (roster entries, dropbox authors, course instructors) carry a subset of these fields plus `links`, and sometimes
    `email` instead of `emailAddress`. """
    course_grade_to_date: CourseGradeToDate | Unset = UNSET
    """ A student's course grade so far. """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        course_grade_to_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.course_grade_to_date, Unset):
            course_grade_to_date = self.course_grade_to_date.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for componentsschemas_links_item_data in self.links:
                componentsschemas_links_item = componentsschemas_links_item_data.to_dict()
                links.append(componentsschemas_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if course_grade_to_date is not UNSET:
            field_dict["courseGradeToDate"] = course_grade_to_date
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.course_grade_to_date import CourseGradeToDate  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        _course_grade_to_date = d.pop("courseGradeToDate", UNSET)
        course_grade_to_date: CourseGradeToDate | Unset
        if isinstance(_course_grade_to_date, Unset):
            course_grade_to_date = UNSET
        else:
            course_grade_to_date = CourseGradeToDate.from_dict(_course_grade_to_date)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        roster_course_grade_to_date = cls(
            user=user,
            course_grade_to_date=course_grade_to_date,
            links=links,
        )

        roster_course_grade_to_date.additional_properties = d
        return roster_course_grade_to_date

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
