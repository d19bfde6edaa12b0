"""Roll-ups: a district's preconditions from its communes (QĐ 320/QĐ-TTg), a province's
conditions from its districts and their communes (QĐ 321/QĐ-TTg)."""
