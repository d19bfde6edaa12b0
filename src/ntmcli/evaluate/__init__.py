"""Attainment: indicator → criterion → unit, and the checks that compare stated and computed."""
