"""The extractor: any report text in, a draft graph out (issue 13).

text (offsets as given) → structure.py (parts, sections, paragraphs, target/result by section and tense; origin.py:
the report's year and place)
→ quantities.py (numbers, scale, unit, range, qualifiers as written; units.py: the unit words; names.py: numbers
inside names; classes.py and scopes.py: class thresholds and counts that are no quantity) → qualifiers.py
(comparison, measure, direction, baseline, modality) → spans.py (spans of years) → subjects.py and indicators.py (what a value is about: indicator, about, 分别 lists; entity mentions;
counts.py: the thing a count counts after its number; sentences.py: clause and sentence bounds)
→ facts.py (facts, kind and period) → draft.py (draft records YAML + Turtle) ; evaluate.py compares drafts with curated records.

Offsets are Unicode code points into the text exactly as given (W3C Web Annotation TextPositionSelector,
https://www.w3.org/TR/annotation-model/#text-position-selector), end exclusive: nothing is cleaned first.
"""
VERSION = "0.3.23"
