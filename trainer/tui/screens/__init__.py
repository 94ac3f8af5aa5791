"""One screen per module; each takes its data in __init__ and dismisses with its result."""
