from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="Announcement")


@_attrs_define
class Announcement:
    """A course announcement. `readstatus` (lower-case s) appears on the user-context routes
    (`/me/courses/{courseId}/announcements`).

    """

    id: int | Unset = UNSET
    subject: str | Unset = UNSET
    text: str | Unset = UNSET
    """ HTML text of the announcement. """
    submitter: str | Unset = UNSET
    """ Display name of the author (a string, not a user object). """
    start_display_date: str | Unset = UNSET
    end_display_date: str | Unset = UNSET
    readstatus: bool | Unset = UNSET
    """ Whether the current user marked it read (user-context routes only). """
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        subject = self.subject

        text = self.text

        submitter = self.submitter

        start_display_date = self.start_display_date

        end_display_date = self.end_display_date

        readstatus = self.readstatus

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
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text is not UNSET:
            field_dict["text"] = text
        if submitter is not UNSET:
            field_dict["submitter"] = submitter
        if start_display_date is not UNSET:
            field_dict["startDisplayDate"] = start_display_date
        if end_display_date is not UNSET:
            field_dict["endDisplayDate"] = end_display_date
        if readstatus is not UNSET:
            field_dict["readstatus"] = readstatus
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        subject = d.pop("subject", UNSET)

        text = d.pop("text", UNSET)

        submitter = d.pop("submitter", UNSET)

        start_display_date = d.pop("startDisplayDate", UNSET)

        end_display_date = d.pop("endDisplayDate", UNSET)

        readstatus = d.pop("readstatus", UNSET)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        announcement = cls(
            id=id,
            subject=subject,
            text=text,
            submitter=submitter,
            start_display_date=start_display_date,
            end_display_date=end_display_date,
            readstatus=readstatus,
            links=links,
        )

        announcement.additional_properties = d
        return announcement

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
