"""A team's reviews on one PostgreSQL server: connection settings, schema, roles.

Only this package imports psycopg (the ``team`` extra), so a single user on SQLite never
loads it. docs/team.md describes the design: each analyst is a database role, row-level
security keeps each analyst to their own rows and lets a lead read their team's.
"""
