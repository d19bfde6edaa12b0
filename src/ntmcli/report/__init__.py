"""`ntm report`: the official appraisal documents, rendered from the evaluated dossier.

evaluated dossier + van-ban.yaml ─► context (plain data, texts in the chosen language)
  ─► Jinja template (sandboxed, HTML autoescape) ─► HTML ─► md | html | docx | pdf

The HTML a template writes is the one source of every format: Markdown and DOCX are built from
its structure (`blocks`), PDF is Chromium printing it. Templates only format what evaluation
produced; they never compute a status.
"""
