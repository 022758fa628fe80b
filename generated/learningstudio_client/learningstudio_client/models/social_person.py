from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.social_person_name import SocialPersonName


T = TypeVar("T", bound="SocialPerson")


@_attrs_define
class SocialPerson:
    """Social profile of a persona (OpenSocial-like; top-level object, no wrapper key observed)."""

    id: str | Unset = UNSET
    """ Persona id, `{clientString}_{username}`. """
    name: SocialPersonName | Unset = UNSET
    nickname: str | Unset = UNSET
    interests: list[str] | Unset = UNSET
    books: list[str] | Unset = UNSET
    music: list[str] | Unset = UNSET
    movies: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        nickname = self.nickname

        interests: list[str] | Unset = UNSET
        if not isinstance(self.interests, Unset):
            interests = self.interests

        books: list[str] | Unset = UNSET
        if not isinstance(self.books, Unset):
            books = self.books

        music: list[str] | Unset = UNSET
        if not isinstance(self.music, Unset):
            music = self.music

        movies: list[str] | Unset = UNSET
        if not isinstance(self.movies, Unset):
            movies = self.movies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if interests is not UNSET:
            field_dict["interests"] = interests
        if books is not UNSET:
            field_dict["books"] = books
        if music is not UNSET:
            field_dict["music"] = music
        if movies is not UNSET:
            field_dict["movies"] = movies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.social_person_name import SocialPersonName  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _name = d.pop("name", UNSET)
        name: SocialPersonName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SocialPersonName.from_dict(_name)

        nickname = d.pop("nickname", UNSET)

        interests = cast(list[str], d.pop("interests", UNSET))

        books = cast(list[str], d.pop("books", UNSET))

        music = cast(list[str], d.pop("music", UNSET))

        movies = cast(list[str], d.pop("movies", UNSET))

        social_person = cls(
            id=id,
            name=name,
            nickname=nickname,
            interests=interests,
            books=books,
            music=music,
            movies=movies,
        )

        social_person.additional_properties = d
        return social_person

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
