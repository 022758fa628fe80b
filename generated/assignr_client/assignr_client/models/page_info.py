from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")


@_attrs_define
class PageInfo:
    """Pagination block of a collection. `next_page` and `prev_page` are omitted when not applicable in the recorded
    payloads; a client written from the docs expects null, so both are optional and nullable. One recorded payload was
    trimmed to `{"pages": 1}`. [DOC][SAMPLE]

    """

    pages: int
    """ Total number of pages. """
    records: int | Unset = UNSET
    """ Total number of records in the collection. """
    current_page: int | Unset = UNSET
    """ The current page, 1-based. """
    next_page: int | None | Unset = UNSET
    """ Number of the next page; absent (or null) on the last page. """
    prev_page: int | None | Unset = UNSET
    """ Number of the previous page; absent (or null) on the first page. """
    limit: int | Unset = UNSET
    """ Page size. 50 on the sites and games lists; a user's availability list showed 200, so the default varies per
    endpoint. [SAMPLE] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pages = self.pages

        records = self.records

        current_page = self.current_page

        next_page: int | None | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        prev_page: int | None | Unset
        if isinstance(self.prev_page, Unset):
            prev_page = UNSET
        else:
            prev_page = self.prev_page

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pages": pages,
            }
        )
        if records is not UNSET:
            field_dict["records"] = records
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if prev_page is not UNSET:
            field_dict["prev_page"] = prev_page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pages = d.pop("pages")

        records = d.pop("records", UNSET)

        current_page = d.pop("current_page", UNSET)

        def _parse_next_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_page = _parse_next_page(d.pop("next_page", UNSET))

        def _parse_prev_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prev_page = _parse_prev_page(d.pop("prev_page", UNSET))

        limit = d.pop("limit", UNSET)

        page_info = cls(
            pages=pages,
            records=records,
            current_page=current_page,
            next_page=next_page,
            prev_page=prev_page,
            limit=limit,
        )

        page_info.additional_properties = d
        return page_info

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
