from enum import StrEnum


class EssayAnswerType(StrEnum):
    ESSAY = "essay"

    def __str__(self) -> str:
        return str(self.value)
