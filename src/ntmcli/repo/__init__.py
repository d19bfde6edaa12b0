"""A shared dossier repository: its `ntm.toml`, which dossiers it holds, what a change affects,
and checking many dossiers at once."""
