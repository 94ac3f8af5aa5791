"""Widgets of the trainer's screens, each with the messages it sends nested inside it."""
