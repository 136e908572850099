"""Errors meant for the user: each prints as one line naming the input and the problem."""


class DyadwatchError(Exception):
    """Base for errors shown to the user as one line, without a traceback."""


class InputError(DyadwatchError):
    """An input (file, URL, feed) that cannot be read or cleaned."""

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason
