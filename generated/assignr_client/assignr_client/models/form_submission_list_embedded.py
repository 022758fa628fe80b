from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_submission import FormSubmission


T = TypeVar("T", bound="FormSubmissionListEmbedded")


@_attrs_define
class FormSubmissionListEmbedded:
    """The items of the page. Whether `_embedded` is omitted or empty on an empty page is unknown."""

    form_submissions: list[FormSubmission] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        form_submissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.form_submissions, Unset):
            form_submissions = []
            for form_submissions_item_data in self.form_submissions:
                form_submissions_item = form_submissions_item_data.to_dict()
                form_submissions.append(form_submissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if form_submissions is not UNSET:
            field_dict["form_submissions"] = form_submissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_submission import FormSubmission  # noqa: PLC0415

        d = dict(src_dict)
        _form_submissions = d.pop("form_submissions", UNSET)
        form_submissions: list[FormSubmission] | Unset = UNSET
        if _form_submissions is not UNSET:
            form_submissions = []
            for form_submissions_item_data in _form_submissions:
                form_submissions_item = FormSubmission.from_dict(form_submissions_item_data)

                form_submissions.append(form_submissions_item)

        form_submission_list_embedded = cls(
            form_submissions=form_submissions,
        )

        form_submission_list_embedded.additional_properties = d
        return form_submission_list_embedded

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
