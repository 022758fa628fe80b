from enum import StrEnum


class ShortAnswerType(StrEnum):
    SHORT = "short"

    def __str__(self) -> str:
        return str(self.value)
