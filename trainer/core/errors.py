"""The error every user-facing failure is raised as: one clear sentence, no traceback."""


class TrainerError(Exception):
    """A problem the user can act on; the CLI prints its message and exits non-zero."""

    exit_code = 2
