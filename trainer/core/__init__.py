"""Everything that is not the screen. Nothing in this package imports textual."""
