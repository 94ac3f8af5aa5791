"""The full-screen trainer: renders what trainer.core gives it and forwards keys."""
