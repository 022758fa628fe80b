from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.site_summary import SiteSummary


T = TypeVar("T", bound="StatementEmbedded")


@_attrs_define
class StatementEmbedded:
    """Objects embedded in a statement. [PROD]"""

    site: SiteSummary | Unset = UNSET
    """ A site as embedded in a game, user or statement (`_embedded.site`). [DOC][SAMPLE][PROD] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.site_summary import SiteSummary  # noqa: PLC0415

        d = dict(src_dict)
        _site = d.pop("site", UNSET)
        site: SiteSummary | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteSummary.from_dict(_site)

        statement_embedded = cls(
            site=site,
        )

        statement_embedded.additional_properties = d
        return statement_embedded

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
