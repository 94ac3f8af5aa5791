"""Writing decks: a new-deck skeleton, a draft from an article, imports and exports.

Each job has its own module: ``scaffold`` (``trainer new``), ``drafting`` and the ``find_*``
modules (``trainer draft``), ``importing`` and ``exporting`` (``trainer import``/``export``).
``deck_file`` is the one writer every command uses, so each file it writes is checked by the
loader and the validator before it reaches the disk.
"""
