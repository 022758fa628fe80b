from enum import StrEnum


class MatchingAnswerType(StrEnum):
    MATCHING = "matching"

    def __str__(self) -> str:
        return str(self.value)
