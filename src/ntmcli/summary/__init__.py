"""`ntm summary`: the overview of a dossier repository (per unit, per district and province,
the criteria and indicators most often not met), as a table, JSON, CSV or an HTML dashboard."""
