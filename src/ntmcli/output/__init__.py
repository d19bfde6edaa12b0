"""Reporters: they only format a finished CheckResult."""
