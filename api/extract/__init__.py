"""The extractor: any report text in, a draft graph out (issue 13).

text (offsets as given) → structure.py (parts, sections, paragraphs, target/result by section and tense)
→ quantities.py (numbers, scale, unit, range, qualifiers as written) → qualifiers.py (comparison, measure,
direction, baseline) → indicators.py (indicator, about, entity mentions) → facts.py (facts, 分别 lists)
→ draft.py (draft records YAML + Turtle) ; evaluate.py compares drafts with curated records.

Offsets are Unicode code points into the text exactly as given (W3C Web Annotation TextPositionSelector,
https://www.w3.org/TR/annotation-model/#text-position-selector), end exclusive: nothing is cleaned first.
"""
VERSION = "0.3.5"
