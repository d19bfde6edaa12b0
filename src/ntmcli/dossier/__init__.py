"""Dossiers: file formats, reading a dossier folder into models with positions."""
