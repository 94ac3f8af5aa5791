"""Placeholder until this command is built."""

from __future__ import annotations

import argparse

from trainer.core.errors import TrainerError


def add_parser(parser: argparse.ArgumentParser) -> None:
    """No arguments yet."""


def run(args: argparse.Namespace) -> int:
    raise TrainerError("this command is not available yet")
