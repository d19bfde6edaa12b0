"""Criteria sets: file format, search path, `extends` resolution."""
