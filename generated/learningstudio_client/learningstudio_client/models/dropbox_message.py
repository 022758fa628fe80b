from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dropbox_attachment import DropboxAttachment
    from ..models.link import Link
    from ..models.user import User


T = TypeVar("T", bound="DropboxMessage")


@_attrs_define
class DropboxMessage:
    """A dropbox message: a student submission or an instructor's reply, with attachments. Embedded users may use `email`
    instead of `emailAddress`.

    """

    id: int | str | Unset = UNSET
    date: str | Unset = UNSET
    comments: str | Unset = UNSET
    submission_student: User | Unset = UNSET
    """ A LearningStudio user as returned by `GET /me` and `GET /users/{userId}`. Users embedded in other resources
    (roster entries, dropbox authors, course instructors) carry a subset of these fields plus `links`, and sometimes
    `email` instead of `emailAddress`. """
    author: User | Unset = UNSET
    """ A LearningStudio user as returned by `GET /me` and `GET /users/{userId}`. Users embedded in other resources
    (roster entries, dropbox authors, course instructors) carry a subset of these fields plus `links`, and sometimes
    `email` instead of `emailAddress`. """
    attachments: list[DropboxAttachment] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    """ The `links` array most LearningStudio objects carry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        date = self.date

        comments = self.comments

        submission_student: dict[str, Any] | Unset = UNSET
        if not isinstance(self.submission_student, Unset):
            submission_student = self.submission_student.to_dict()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

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
        if date is not UNSET:
            field_dict["date"] = date
        if comments is not UNSET:
            field_dict["comments"] = comments
        if submission_student is not UNSET:
            field_dict["submissionStudent"] = submission_student
        if author is not UNSET:
            field_dict["author"] = author
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dropbox_attachment import DropboxAttachment  # noqa: PLC0415
        from ..models.link import Link  # noqa: PLC0415
        from ..models.user import User  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        date = d.pop("date", UNSET)

        comments = d.pop("comments", UNSET)

        _submission_student = d.pop("submissionStudent", UNSET)
        submission_student: User | Unset
        if isinstance(_submission_student, Unset):
            submission_student = UNSET
        else:
            submission_student = User.from_dict(_submission_student)

        _author = d.pop("author", UNSET)
        author: User | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = User.from_dict(_author)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[DropboxAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = DropboxAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for componentsschemas_links_item_data in _links:
                componentsschemas_links_item = Link.from_dict(componentsschemas_links_item_data)

                links.append(componentsschemas_links_item)

        dropbox_message = cls(
            id=id,
            date=date,
            comments=comments,
            submission_student=submission_student,
            author=author,
            attachments=attachments,
            links=links,
        )

        dropbox_message.additional_properties = d
        return dropbox_message

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
